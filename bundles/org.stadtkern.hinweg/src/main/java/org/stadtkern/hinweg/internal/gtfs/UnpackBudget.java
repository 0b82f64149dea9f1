package org.stadtkern.hinweg.internal.gtfs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The packed upload, counted as the zip reads it, and the unpacked bytes of all its entries,
 * counted against the limits.
 */
final class UnpackBudget extends FilterInputStream {

    /** Unpacked bytes before the packing ratio is checked: small files may pack tightly. */
    private static final long RATIO_FROM_BYTES = 1024 * 1024;

    private final GtfsReader.Limits limits;
    private long packed;
    private long unpacked;

    UnpackBudget(InputStream in, GtfsReader.Limits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        packed += b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        packed += Math.max(n, 0);
        return n;
    }

    /** The upload stays open: it is the caller's (which reads the rest of a refused one). */
    @Override
    public void close() {
        // the caller closes its stream
    }

    /** One entry's content, counted; closing it leaves the zip open for the next entry. */
    InputStream unpacked(InputStream entry, String name) {
        return new FilterInputStream(entry) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(name, b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(name, Math.max(n, 0));
                return n;
            }

            @Override
            public void close() {
                // the zip stream stays open for the next entry
            }
        };
    }

    private void count(String name, int n) {
        unpacked += n;
        if (unpacked > limits.maxUnpackedBytes()) {
            throw new GtfsTooLarge("The feed unpacks to more than " + limits.maxUnpackedBytes() / (1024 * 1024)
                    + " MB (at " + name + ").");
        }
        if (unpacked > RATIO_FROM_BYTES && unpacked > packed * limits.maxRatio()) {
            throw new GtfsTooLarge("The zip is packed more than " + limits.maxRatio() + " to 1 (at " + name
                    + "): refused as a zip bomb.");
        }
    }
}
