package org.stadtkern.sensorthings.internal.catalog;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** A dataset configured by an etc/org.stadtkern.catalog.dataset-*.cfg file, offered to the catalog. */
@Component(service = ConfiguredDataset.class, configurationPid = "org.stadtkern.catalog.dataset",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DatasetConfig.class, factory = true)
public final class ConfiguredDataset {

    private final CatalogDataset dataset;

    @Activate
    public ConfiguredDataset(DatasetConfig config) {
        this.dataset = CatalogDataset.of(config);
    }

    public CatalogDataset dataset() {
        return dataset;
    }
}
