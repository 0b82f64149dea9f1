package ${package}.internal;

import java.time.Instant;

/**
 * One item of ${title}, as stored and as the API shows it.
 *
 * @param id assigned by the database
 * @param name what it is called
 * @param note a remark, or {@code null}
 * @param created when it was stored
 */
public record Item(long id, String name, String note, Instant created) {

    /** What a client sends to create an item: bound strictly (unknown fields are refused). */
    public record New(String name, String note) {

        /** The reasons it cannot be stored, empty when it can. */
        public String problem() {
            if (name == null || name.isBlank()) {
                return "name is required.";
            }
            if (name.length() > 200 || (note != null && note.length() > 2000)) {
                return "name takes at most 200 characters, note at most 2000.";
            }
            return "";
        }
    }
}
