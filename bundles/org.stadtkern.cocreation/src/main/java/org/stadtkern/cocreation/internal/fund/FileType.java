package org.stadtkern.cocreation.internal.fund;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a proposal may carry, recognised by their first bytes (the declared type must agree):
 * a file that only claims to be a PDF, such as HTML or a script, is refused.
 */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of this media type, if it is one a proposal may carry. */
    public static Optional<FileType> of(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether the content starts as a file of this type does. */
    public boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
