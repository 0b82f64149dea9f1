package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * One source of truth for configuration: every default a Stadtkern bundle declares in its metatype
 * equals the value the shipped {@code <pid>.cfg} (the repository's etc/ or a measure's src/main/etc/, not
 * the test's edited copy) gives for the same key, and the shipped file names no key the metatype does not know.
 */
public class ConfigurationDefaultsIT extends StadtkernTestSupport {

    @Inject
    protected MetaTypeService metaTypes;

    @Test
    public void metatypeDefaultsEqualTheShippedConfigurationFiles() throws IOException {
        Path etc = Paths.get(System.getProperty("stadtkern.etc"));
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Bundle bundle : bundleContext.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.stadtkern.")) {
                continue;
            }
            MetaTypeInformation information = metaTypes.getMetaTypeInformation(bundle);
            for (String pid : information.getPids()) {
                Path file = shipped(etc, pid);
                if (file != null) {
                    compared += compare(information.getObjectClassDefinition(pid, null), read(file), pid,
                            differences);
                }
            }
        }
        assertFalse("no configuration compared", compared == 0);
        assertEquals("metatype and etc/*.cfg differ:\n" + String.join("\n", differences), List.of(), differences);
    }

    private static int compare(ObjectClassDefinition definition, Properties shipped, String pid,
            List<String> differences) {
        List<String> known = new ArrayList<>();
        for (AttributeDefinition attribute : definition.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            known.add(attribute.getID());
            String value = shipped.getProperty(attribute.getID());
            String declared = attribute.getDefaultValue() == null ? null : String.join(",",
                    attribute.getDefaultValue());
            if (value != null && !value.strip().equals(declared)) {
                differences.add(pid + ": " + attribute.getID() + " = '" + value.strip() + "' in etc/, '" + declared
                        + "' in the metatype");
            }
        }
        for (String key : shipped.stringPropertyNames()) {
            if (!known.contains(key)) {
                differences.add(pid + ": etc/ sets '" + key + "', which the metatype does not declare");
            }
        }
        return known.size();
    }

    /** The repository's etc/PID.cfg, or a measure's bundles/MEASURE/src/main/etc/PID.cfg; null if neither. */
    private static Path shipped(Path etc, String pid) throws IOException {
        Path file = etc.resolve(pid + ".cfg");
        if (Files.exists(file)) {
            return file;
        }
        try (var measures = Files.list(etc.resolveSibling("bundles"))) {
            return measures.map(measure -> measure.resolve("src/main/etc/" + pid + ".cfg")).filter(Files::exists)
                    .findFirst().orElse(null);
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
