package zen.gateway.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret the configuration did not give, generated once into a file of the data directory that only its owner may
 * read (mode 600) and read from there on every later start: the admin key ({@code admin-token}) and the master key
 * ({@code master-key}). The file is written whole under another name first and then moved into place, so a crash never
 * leaves half a key, and two processes starting together end up with the same one.
 */
public final class GeneratedSecrets {

    public static final String ADMIN_TOKEN_FILE = "admin-token";
    public static final String MASTER_KEY_FILE = "master-key";

    /** A secret and whether this start made it. */
    public record Secret(String value, Path file, boolean generated) {}

    private GeneratedSecrets() {}

    public static Secret readOrGenerate(Path dataDir, String fileName, Supplier<String> generate) {
        Path file = dataDir.resolve(fileName);
        try {
            if (Files.exists(file)) {
                return new Secret(read(file), file, false);
            }
            Files.createDirectories(dataDir);
            Path draft = Files.createTempFile(dataDir, fileName, ".new");
            ownerOnly(draft);
            Files.writeString(draft, generate.get() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                Files.deleteIfExists(draft);
                return new Secret(read(file), file, false);
            }
            return new Secret(read(file), file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file + ": set the secret in the configuration instead", e);
        }
    }

    private static String read(Path file) throws IOException {
        String value = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (value.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        return value;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data directory's access list
        }
    }
}
