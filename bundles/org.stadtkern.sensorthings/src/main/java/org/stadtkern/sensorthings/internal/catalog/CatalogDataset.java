package org.stadtkern.sensorthings.internal.catalog;

import java.util.List;

/**
 * A dataset of the catalog.
 *
 * @param id letters, digits and dashes; Datastreams name it in {@code properties/dataset}
 * @param title the title
 * @param description what the data is
 * @param keywords keywords
 * @param theme an EU data theme URI, or empty
 * @param license a dcat-ap.de licence URI
 * @param attribution text to name when using the data, or empty
 * @param contactName who answers questions, or empty
 * @param contactEmail their e-mail address, or empty
 */
public record CatalogDataset(String id, String title, String description, List<String> keywords, String theme,
        String license, String attribution, String contactName, String contactEmail) {

    static CatalogDataset of(DatasetConfig config) {
        if (!config.id().matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("Dataset id '" + config.id() + "' must be 1 to 64 letters, digits "
                    + "and dashes.");
        }
        List<String> keywords = java.util.Arrays.stream(config.keywords().split(",")).map(String::trim)
                .filter(k -> !k.isEmpty()).toList();
        return new CatalogDataset(config.id(), config.title(), config.description(), keywords,
                config.theme(), config.license(), config.license_attribution(), config.contact_name(),
                config.contact_email());
    }
}
