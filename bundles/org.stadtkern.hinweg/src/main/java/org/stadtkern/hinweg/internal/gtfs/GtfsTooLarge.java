package org.stadtkern.hinweg.internal.gtfs;

/** A feed past one of the limits of {@link GtfsReader.Limits}: too large, too many files, packed like a zip bomb. */
public final class GtfsTooLarge extends GtfsException {

    private static final long serialVersionUID = 1L;

    public GtfsTooLarge(String message) {
        super(message);
    }
}
