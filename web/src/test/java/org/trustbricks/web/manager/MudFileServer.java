package org.trustbricks.web.manager;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.net.Prefix;

/** A manufacturer's MUD server: real HTTPS on 127.0.0.1 with a fresh self-signed certificate, serving set files. */
final class MudFileServer implements AutoCloseable {

    private final HttpsServer https;
    private final SSLContext clientTrust;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Map.Entry<String, byte[]>> files = new ConcurrentHashMap<>();

    MudFileServer() throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Instant now = Instant.now();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name("CN=localhost"), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                new X500Name("CN=localhost"), kp.getPublic())
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", kp.getPrivate(), "pw".toCharArray(), new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "pw".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        clientTrust = SSLContext.getInstance("TLS");
        clientTrust.init(null, tmf.getTrustManagers(), null);
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(server));
        https.setExecutor(executor);
        https.createContext("/", ex -> {
            var f = files.get(ex.getRequestURI().getPath());
            if (f == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.getResponseHeaders().add("Content-Type", f.getKey());
                ex.sendResponseHeaders(200, f.getValue().length);
                ex.getResponseBody().write(f.getValue());
            }
            ex.close();
        });
        https.start();
    }

    /** Fetch options for a TrustBricks server that may fetch from this server (loopback allowed, its certificate trusted). */
    FetchOptions fetchOptions() {
        return FetchOptions.defaults().withSslContext(clientTrust).allowingPrivate(List.of(Prefix.parse("127.0.0.1/32")));
    }

    String url(String path) {
        return "https://127.0.0.1:" + https.getAddress().getPort() + path;
    }

    void mud(String path, byte[] json) {
        files.put(path, Map.entry("application/mud+json", json));
    }

    void signature(String path, byte[] p7s) {
        files.put(path, Map.entry("application/pkcs7-signature", p7s));
    }

    void remove(String path) {
        files.remove(path);
    }

    @Override
    public void close() {
        https.stop(0);
        executor.shutdownNow();
    }
}
