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
 * @param downloads distributions besides the SensorThings API (files such as CSV, or other APIs)
 */
public record CatalogDataset(String id, String title, String description, List<String> keywords, String theme,
        String license, String attribution, String contactName, String contactEmail, List<Download> downloads) {

    /**
     * A distribution the dataset has besides the SensorThings API.
     *
     * @param path below the runtime's URL, starting with {@code /}
     * @param mediaType such as {@code text/csv}
     */
    public record Download(String path, String mediaType) {

        /** The EU file type of the media type (CSV, JSON, XML; else binary data). */
        public String fileType() {
            return switch (mediaType) {
                case "text/csv" -> "CSV";
                case "application/json" -> "JSON";
                case "application/xml", "text/xml" -> "XML";
                default -> "BIN";
            };
        }
    }


    static CatalogDataset of(DatasetConfig config) {
        if (!config.id().matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("Dataset id '" + config.id() + "' must be 1 to 64 letters, digits "
                    + "and dashes.");
        }
        List<String> keywords = java.util.Arrays.stream(config.keywords().split(",")).map(String::trim)
                .filter(k -> !k.isEmpty()).toList();
        List<Download> downloads = new java.util.ArrayList<>();
        for (String entry : config.downloads().split(",")) {
            String[] parts = entry.trim().split("\\s+");
            if (parts.length == 1 && parts[0].isEmpty()) {
                continue;
            }
            if (parts.length != 2 || !parts[0].startsWith("/") || !parts[1].matches("[a-z]+/[a-z0-9.+-]+")) {
                throw new IllegalArgumentException("Each download of dataset '" + config.id() + "' is a path "
                        + "starting with / and a media type, not '" + entry.trim() + "'.");
            }
            downloads.add(new Download(parts[0], parts[1]));
        }
        return new CatalogDataset(config.id(), config.title(), config.description(), keywords,
                config.theme(), config.license(), config.license_attribution(), config.contact_name(),
                config.contact_email(), List.copyOf(downloads));
    }
}
