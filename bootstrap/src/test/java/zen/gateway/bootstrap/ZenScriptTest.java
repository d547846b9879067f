package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code ./zen} picks its JDK, run for real against a made-up tree of JDKs whose {@code bin/java} only prints its
 * version the way a JDK does. A newcomer's first command depends on it, and the machines it meets differ from this one.
 */
class ZenScriptTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path jdks;

    @BeforeAll
    static void runFromTheBootstrapModule() {
        assertThat(REPOSITORY.resolve("zen")).as("the repository root, the module directory's parent").isRegularFile();
    }

    @Test
    void picksTheNewestJdkOf21OrLaterWhenJavaHomeIsUnset() throws Exception {
        Path root = jdks.resolve("jvm");
        fakeJdk(root.resolve("java-8"), "1.8");
        fakeJdk(root.resolve("jdk-17"), "17");
        fakeJdk(root.resolve("jdk-21"), "21");
        Path newest = fakeJdk(root.resolve("temurin-25"), "25");
        fakeJdk(root.resolve("zulu-22"), "22");
        fakeJre(root.resolve("zulu-jre-26"), "26");
        fakeJdk(root.resolve("broken"), "not a version");

        Result result = zenJdk(null, root);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo(newest.toString());
    }

    @Test
    void findsJdksInEveryRootAndInMacOsBundles() throws Exception {
        Path linux = jdks.resolve("jvm");
        fakeJdk(linux.resolve("jdk-21"), "21");
        Path macBundle = fakeJdk(jdks.resolve("JavaVirtualMachines/temurin-22.jdk/Contents/Home"), "22");

        Result result = zenJdk(null, linux, jdks.resolve("nowhere"), jdks.resolve("JavaVirtualMachines"));

        assertThat(result.stdout()).as(result.stderr()).isEqualTo(macBundle.toString());
    }

    @Test
    void honoursAJavaHomeOf21OrLater() throws Exception {
        Path root = jdks.resolve("jvm");
        Path chosen = fakeJdk(root.resolve("jdk-21"), "21");
        fakeJdk(root.resolve("jdk-25"), "25");

        Result result = zenJdk(chosen, root);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo(chosen.toString());
    }

    @Test
    void passesOverAJavaHomeOlderThan21AndSearches() throws Exception {
        Path root = jdks.resolve("jvm");
        Path old = fakeJdk(root.resolve("jdk-17"), "17");
        Path found = fakeJdk(root.resolve("jdk-21"), "21");

        Result result = zenJdk(old, root);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo(found.toString());
        assertThat(result.stderr()).contains("JAVA_HOME=" + old, "not a JDK 21 or newer");
    }

    @Test
    void saysWhatToInstallWhenNoJdkQualifies() throws Exception {
        Path root = jdks.resolve("jvm");
        Path old = fakeJdk(root.resolve("jdk-17"), "17");
        fakeJdk(root.resolve("java-8"), "1.8");
        fakeJre(root.resolve("jre-21"), "21");

        Result result = zenJdk(old, root);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("no JDK 21 or newer found", root.toString(),
                "Install a JDK 21 or newer", "apt-get install openjdk-21-jdk", "temurin-21-jdk", "set JAVA_HOME");
    }

    /** {@code bash zen jdk} with only these roots searched; {@code javaHome} null means JAVA_HOME unset. */
    private Result zenJdk(Path javaHome, Path... roots) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "zen", "jdk").directory(REPOSITORY.toFile());
        builder.environment().remove("JAVA_HOME");
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        builder.environment().put("ZEN_JDK_SEARCH_PATH",
                Arrays.stream(roots).map(Path::toString).collect(Collectors.joining(":")));
        Path out = jdks.resolve("zen.out");
        Path err = jdks.resolve("zen.err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./zen jdk did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out).strip(), Files.readString(err));
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    private static Path fakeJdk(Path home, String specificationVersion) throws IOException {
        fakeJre(home, specificationVersion);
        executable(home.resolve("bin/javac"), "#!/bin/sh\nexit 0\n");
        return home;
    }

    /** A {@code bin/java} that answers {@code -XshowSettings:properties -version} as a JDK does: on stderr. */
    private static Path fakeJre(Path home, String specificationVersion) throws IOException {
        executable(home.resolve("bin/java"), """
                #!/bin/sh
                cat >&2 <<'EOF'
                Property settings:
                    java.home = %s
                    java.specification.name = Java Platform API Specification
                    java.specification.version = %s
                    java.vm.specification.version = %s

                openjdk version "%s"
                EOF
                """.formatted(home, specificationVersion, specificationVersion, specificationVersion));
        return home;
    }

    private static void executable(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
