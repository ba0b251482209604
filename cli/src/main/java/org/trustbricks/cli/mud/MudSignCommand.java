package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.sign.SigningKey;
import org.trustbricks.mud.sign.UnableToSignException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud sign FILE}: writes the detached CMS signature of a MUD file. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a MUD file: detached CMS SignedData in DER over the exact bytes (RFC 8520 section 13).")
public final class MudSignCommand implements Callable<Integer> {

    /** Where the private key is. */
    static final class KeySource {
        @Option(names = "--key", paramLabel = "KEY.pem", required = true, description = "Private key (PEM, PKCS#8 or SEC1).")
        Path key;

        @Option(names = "--pkcs11-config", paramLabel = "FILE", required = true,
                description = "SunPKCS11 configuration file of the token holding the key; the PIN is read from TRUSTBRICKS_PKCS11_PIN.")
        Path pkcs11Config;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The MUD file to sign.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource keySource;

    @Option(names = "--cert", paramLabel = "CERT.pem", description = "Signer certificate (PEM); required with --key.")
    Path cert;

    @Option(names = "--chain", paramLabel = "CHAIN.pem", description = "Intermediate certificates to embed (PEM).")
    Path chain;

    @Option(names = "--pkcs11-alias", paramLabel = "ALIAS", defaultValue = "mud-signer",
            description = "Alias of the key and certificate in the token (default: ${DEFAULT-VALUE}).")
    String alias;

    @Option(names = "--out", paramLabel = "FILE.p7s", required = true, description = "Where to write the signature.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Output output = Output.of(spec);
        try {
            byte[] content = MudFiles.read(file);
            SigningKey key;
            if (keySource.key != null) {
                if (cert == null) {
                    output.error("--cert is required with --key");
                    return ExitCodes.USAGE;
                }
                key = SigningKey.fromPem(MudFiles.read(keySource.key), null, MudFiles.read(cert),
                        chain == null ? null : MudFiles.read(chain));
            } else {
                String pin = System.getenv("TRUSTBRICKS_PKCS11_PIN");
                if (pin == null) {
                    output.error("set the token PIN in the environment variable TRUSTBRICKS_PKCS11_PIN");
                    return ExitCodes.FAILURE;
                }
                key = SigningKey.fromPkcs11(Files.readString(keySource.pkcs11Config), pin.toCharArray(), alias);
            }
            Files.write(out, Mud.create().sign(content, key));
            output.line("signed " + file + " -> " + out + " (signer: " + key.certificate().getSubjectX500Principal().getName() + ")");
            return ExitCodes.OK;
        } catch (IOException | MalformedInputException | UnableToSignException e) {
            output.error("cannot sign: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
