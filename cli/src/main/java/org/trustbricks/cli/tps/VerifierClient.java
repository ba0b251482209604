package org.trustbricks.cli.tps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few calls the demo makes to a running TrustBricks verifier. */
final class VerifierClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private VerifierClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static VerifierClient at(String url) {
        return new VerifierClient(url);
    }

    /** A reply: status code and JSON body (or a JSON text node when the body is not JSON). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        String detail() {
            return body.path("detail").asText(body.toString());
        }
    }

    Reply get(String path) throws UnreachableVerifierException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String path, String contentType, byte[] body) throws UnreachableVerifierException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply put(String path, String bearer, byte[] body) throws UnreachableVerifierException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Reply send(HttpRequest.Builder b) throws UnreachableVerifierException {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
            } catch (IOException e) {
                body = JSON.getNodeFactory().textNode(r.body());
            }
            return new Reply(r.statusCode(), body);
        } catch (ConnectException e) {
            throw new UnreachableVerifierException("no TrustBricks server answers at " + base + "; start one with `trustbricks serve`"
                    + " or pass --url");
        } catch (IOException e) {
            throw new UnreachableVerifierException("talking to " + base + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableVerifierException("interrupted while talking to " + base);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** The verifier could not be reached. */
    static final class UnreachableVerifierException extends Exception {
        UnreachableVerifierException(String message) {
            super(message, null, false, false);
        }
    }
}
