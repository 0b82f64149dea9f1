package org.stadtkern.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * All container tests in one JUnit suite, so that Pax Exam's PerSuite strategy boots the
 * distribution once for all of them (failsafe runs only this class).
 */
@RunWith(Suite.class)
@SuiteClasses({
    ScreenshotsIT.class,
    MqttIngestIT.class,
    ConfigurationDefaultsIT.class,
    DeadLetterIT.class,
    HttpProblemIT.class,
    SecureDefaultsIT.class,
    BrokerAuthorisationIT.class,
    WhiteboardIT.class,
    PlatformPageIT.class,
    RouteFileIT.class,
    HotDeployIT.class,
    MeasureTemplateIT.class,
    SensorThingsHttpIT.class,
    SensorThingsMqttIT.class,
    SensorThingsConsoleIT.class,
    SshConsoleIT.class,
    SensorThingsConformanceIT.class,
    CatalogIT.class,
    SovereigntyIT.class,
    RetentionIT.class,
    SovereigntyExportIT.class,
    SovereigntyMqttIT.class,
    InfrastructureRegistryIT.class,
    TenantWalkIT.class,
    DemoBusesIT.class,
    DocExamplesIT.class,
    HinwegIT.class,
    HinwegStopDisplayIT.class,
    CocreationIT.class,
    RemoteworkIT.class,
    GtfsUploadIT.class,
    HealthIT.class,
    DatabaseFailureIT.class,
    ReadinessIT.class,
    ExternalBrokerIT.class,
    PostgresqlIT.class,
})
public class StadtkernSuiteIT {
}
