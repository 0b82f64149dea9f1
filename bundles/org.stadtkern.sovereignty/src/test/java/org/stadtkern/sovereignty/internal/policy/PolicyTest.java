package org.stadtkern.sovereignty.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stadtkern.core.api.access.Classification;

/** Policies are checked against the city's lists, and counts follow the rules of official statistics. */
public class PolicyTest {

    private static final Set<String> PURPOSES = Set.of("traffic-planning", "research");

    @Test
    void suppressionHidesSmallCountsAndRoundingRoundsToTheBase() {
        CountRule suppress = new CountRule(CountRule.Kind.SUPPRESS, 3);
        assertEquals(OptionalLong.empty(), suppress.apply(0));
        assertEquals(OptionalLong.empty(), suppress.apply(2));
        assertEquals(OptionalLong.of(3), suppress.apply(3));
        CountRule round = new CountRule(CountRule.Kind.ROUND, 5);
        assertEquals(OptionalLong.of(0), round.apply(2));
        assertEquals(OptionalLong.of(5), round.apply(3));
        assertEquals(OptionalLong.of(45), round.apply(47));
        assertEquals(OptionalLong.of(17), new CountRule(CountRule.Kind.NONE, 0).apply(17));
        assertThrows(IllegalArgumentException.class, () -> new CountRule(CountRule.Kind.ROUND, 0));
    }

    @Test
    void aValidPolicyIsReadAsConfigured() {
        DatasetPolicy policy = DatasetPolicy.of(config(Map.of("dataset", "trips", "classification", "personal",
                "purposes", "traffic-planning", "retention", "P90D", "retention.action", "aggregate",
                "count.rule", "suppress", "count.k", 5)), "oberhausen", PURPOSES);
        assertEquals("oberhausen/trips", policy.dataset().toString());
        assertEquals(Classification.PERSONAL, policy.classification());
        assertEquals(Duration.ofDays(90), policy.retention().length());
        assertTrue(policy.aggregate());
        assertEquals(OptionalLong.empty(), policy.countRule().apply(4));
    }

    @Test
    void mistakesAreRefusedWithTheirReason() {
        assertRefused(Map.of("dataset", "x", "classification", "secret"), "classification");
        assertRefused(Map.of("dataset", "x", "purposes", "advertising"), "controlled list");
        assertRefused(Map.of("dataset", "x", "classification", "personal"), "at least one purpose");
        assertRefused(Map.of("dataset", "x", "license", "https://example.org/mine"), "dcat-ap.de");
        assertRefused(Map.of("dataset", "x", "retention", "90 days"), "ISO 8601");
        assertRefused(Map.of("dataset", "x", "retention.action", "archive"), "delete or aggregate");
        assertRefused(Map.of("dataset", "../etc"), "letters, digits and dashes");
    }

    private static void assertRefused(Map<String, Object> properties, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetPolicy.of(config(properties), "oberhausen", PURPOSES));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /** A PolicyConfig as DS would make it from these properties, with the annotation's defaults. */
    public static PolicyConfig config(Map<String, Object> properties) {
        Map<String, Object> values = new HashMap<>(properties);
        return (PolicyConfig) java.lang.reflect.Proxy.newProxyInstance(PolicyTest.class.getClassLoader(),
                new Class<?>[] {PolicyConfig.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class || method.getDeclaringClass() == Annotation.class) {
                        return method.getName().equals("annotationType") ? PolicyConfig.class : null;
                    }
                    Object value = values.get(method.getName().replace('_', '.'));
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
