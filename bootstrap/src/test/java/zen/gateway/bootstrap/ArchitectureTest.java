package zen.gateway.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module graph already stops adapters from compiling against each other; these rules check what Maven
 * cannot see: which packages may use which libraries, and that no package cycle creeps in. Every package a
 * rule names is checked to hold classes, so that no rule passes because it looks at nothing.
 */
class ArchitectureTest {

    private static final String DOMAIN = "zen.gateway.domain..";
    private static final String APPLICATION = "zen.gateway.application..";
    private static final String PORTS = "zen.gateway.application.port..";
    private static final String PORT_IN = "zen.gateway.application.port.inbound..";
    private static final String PORT_OUT = "zen.gateway.application.port.outbound..";
    private static final String HTTP_IN = "zen.gateway.adapter.inbound.http..";
    private static final String AMQP = "zen.gateway.adapter.amqp..";
    private static final String EMBEDDED = "zen.gateway.adapter.embedded..";
    private static final String MONGO = "zen.gateway.adapter.outbound.mongo..";
    private static final String JDBC = "zen.gateway.adapter.outbound.jdbc..";
    private static final String REDIS = "zen.gateway.adapter.outbound.redis..";
    private static final String HTTP_OUT = "zen.gateway.adapter.outbound.http..";
    private static final String BOOTSTRAP = "zen.gateway.bootstrap..";

    private static JavaClasses gateway;

    @BeforeAll
    static void importGateway() {
        gateway = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the application's test-jar (contract suites) is on this classpath too; tests are not architecture
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("zen.gateway");
    }

    static List<String> namedPackages() {
        return List.of(DOMAIN, APPLICATION, PORTS, PORT_IN, PORT_OUT, HTTP_IN, AMQP, EMBEDDED, MONGO, JDBC, REDIS, HTTP_OUT, BOOTSTRAP);
    }

    @ParameterizedTest
    @MethodSource("namedPackages")
    void everyPackageARuleNamesHoldsClasses(String pattern) {
        String prefix = pattern.substring(0, pattern.length() - 2);
        assertThat(gateway.stream().filter(c -> c.getPackageName().startsWith(prefix)).count())
                .as("classes in %s", pattern)
                .isGreaterThan(1);
    }

    @Test
    void theDomainUsesTheJdkOnly() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .check(gateway);
    }

    @Test
    void theApplicationUsesTheDomainAndJacksonOnly() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, "java..", "javax.crypto..", "com.fasterxml.jackson..")
                .check(gateway);
    }

    @Test
    void onlyTheShellKnowsDropwizardAndJersey() {
        noClasses().that().resideOutsideOfPackages(BOOTSTRAP, HTTP_IN)
                .should().dependOnClassesThat().resideInAnyPackage("io.dropwizard..", "jakarta.ws.rs..", "org.glassfish..", "org.eclipse.jetty..")
                .check(gateway);
    }

    @Test
    void adaptersNeverUseOneAnother() {
        List<String> adapters = List.of(HTTP_IN, AMQP, EMBEDDED, MONGO, JDBC, REDIS, HTTP_OUT);
        for (String adapter : adapters) {
            String[] others = adapters.stream().filter(a -> !a.equals(adapter)).toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(gateway);
        }
    }

    @Test
    void clientLibrariesStayInTheirAdapters() {
        noClasses().that().resideOutsideOfPackages(JDBC).should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..", "org.postgresql..").check(gateway);
        noClasses().that().resideOutsideOfPackages(HTTP_OUT).should().dependOnClassesThat().resideInAnyPackage("java.net.http..").check(gateway);
        noClasses().that().resideOutsideOfPackages(HTTP_OUT, REDIS, HTTP_IN).should().dependOnClassesThat().resideInAnyPackage("io.github.resilience4j..").check(gateway);
        // the API's door limits each key (a rate limiter); breakers and retries are for what the gateway calls out to
        noClasses().that().resideInAPackage(HTTP_IN).should().dependOnClassesThat()
                .resideInAnyPackage("io.github.resilience4j.circuitbreaker..", "io.github.resilience4j.retry..").check(gateway);
        noClasses().that().resideOutsideOfPackages(MONGO).should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..").check(gateway);
        noClasses().that().resideOutsideOfPackages(AMQP).should().dependOnClassesThat().resideInAnyPackage("com.rabbitmq..").check(gateway);
        noClasses().that().resideOutsideOfPackages(REDIS).should().dependOnClassesThat().resideInAnyPackage("org.redisson..").check(gateway);
    }

    @Test
    void adaptersUseTheApplicationThroughItsPortsOnly() {
        noClasses().that().resideInAnyPackage(HTTP_IN, AMQP, EMBEDDED, MONGO, JDBC, REDIS, HTTP_OUT)
                .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAPackage(PORTS))))
                .check(gateway);
    }

    @Test
    void theHttpAdapterDrivesTheInboundPortsAndSeesTheDomainOnly() {
        noClasses().that().resideInAPackage(HTTP_IN)
                .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAPackage(PORT_IN))))
                .check(gateway);
    }

    @Test
    void drivingAndDrivenPortsDoNotLeakIntoEachOther() {
        noClasses().that().resideInAPackage(PORT_IN).should().dependOnClassesThat().resideInAPackage(PORT_OUT).check(gateway);
        noClasses().that().resideInAPackage(PORT_OUT).should().dependOnClassesThat().resideInAPackage(PORT_IN).check(gateway);
    }

    @Test
    void theApplicationStartsNoThreadsAndSchedulesNothing() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().belongToAnyOf(Thread.class, ThreadFactory.class, Executor.class,
                        ExecutorService.class, ScheduledExecutorService.class, Executors.class, Timer.class)
                .check(gateway);
    }

    @Test
    void storesKeepWhatTheyAreGivenAndNeverOpenASealedSecret() {
        // secrets are sealed and opened above the stores (SealingEndpointStore): a store that could open them would
        // put the master key next to the data it protects
        noClasses().that().resideInAnyPackage(MONGO, JDBC, REDIS, EMBEDDED, AMQP, HTTP_IN)
                .should().dependOnClassesThat().resideInAnyPackage("zen.gateway.application.port.outbound.secrets..",
                        "zen.gateway.application.secrets..")
                .check(gateway);
    }

    @Test
    void testFakesDoNotShip() {
        noClasses().should().haveSimpleNameStartingWith("InMemory").check(gateway);
    }

    @Test
    void noPackageCycles() {
        slices().matching("zen.gateway.(**)").should().beFreeOfCycles().check(gateway);
    }
}
