package org.stadtkern.sensorthings.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stadtkern.sensorthings.internal.model.EntityType;
import org.stadtkern.sensorthings.internal.model.Navigation;
import org.stadtkern.sensorthings.internal.model.Property;

/**
 * A resource path below the service root: {@code /Things}, {@code /Things(1)}, {@code /Things(1)/Datastreams},
 * {@code /Datastreams(1)/name}, {@code /Datastreams(1)/name/$value}, {@code /Things(1)/Locations/$ref}.
 *
 * @param steps the entity set and the navigations followed, each with its id where one was given
 * @param property a property of the addressed entity, or {@code null}
 * @param value whether {@code /$value} follows the property
 * @param ref whether {@code /$ref} ends the path
 */
public record ResourcePath(List<Step> steps, Property property, boolean value, boolean ref) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\((.*)\\))?");
    private static final int MAX_SEGMENTS = 16;

    /** One step: an entity set (via {@code null}) or a navigation, with an id or without. */
    public record Step(EntityType type, Navigation via, Long id) {
    }

    /** The type of the addressed entity or entities. */
    public EntityType type() {
        return steps.get(steps.size() - 1).type();
    }

    /** Whether the path addresses one entity (or its property) rather than a collection. */
    public boolean single() {
        Step last = steps.get(steps.size() - 1);
        return last.id() != null || last.via() != null && last.via().toOne();
    }

    /** Parses a path; throws {@link NotFound} for paths naming nothing the model has. */
    public static ResourcePath parse(String path) throws QueryException, NotFound {
        String[] segments = path.split("/", -1);
        if (segments.length < 2 || segments.length > MAX_SEGMENTS || !segments[0].isEmpty()) {
            throw new NotFound("No resource at '" + path + "'.");
        }
        List<Step> steps = new ArrayList<>();
        Property property = null;
        boolean value = false;
        boolean ref = false;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (property != null) {
                if (!"$value".equals(segment) || value || i != segments.length - 1) {
                    throw new NotFound("Only /$value may follow a property.");
                }
                value = true;
                continue;
            }
            if ("$ref".equals(segment) && !steps.isEmpty() && i == segments.length - 1) {
                ref = true;
                continue;
            }
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                throw new NotFound("No resource '" + segment + "'.");
            }
            Long id = matcher.group(2) == null ? null : id(matcher.group(2));
            if (steps.isEmpty()) {
                EntityType type = EntityType.ofPlural(matcher.group(1))
                        .orElseThrow(() -> new NotFound("No entity set '" + segment + "'."));
                steps.add(new Step(type, null, id));
                continue;
            }
            Step last = steps.get(steps.size() - 1);
            boolean single = last.id() != null || last.via() != null && last.via().toOne();
            if (!single) {
                throw new NotFound("Address one entity before following '" + segment + "'.");
            }
            Navigation navigation = last.type().navigation(matcher.group(1)).orElse(null);
            if (navigation == null) {
                property = last.type().property(segment)
                        .orElseThrow(() -> new NotFound(last.type().singular() + " has no '" + segment + "'."));
                continue;
            }
            if (id != null && navigation.toOne()) {
                throw new NotFound(navigation.name() + " is a single entity; it takes no id.");
            }
            steps.add(new Step(navigation.target(), navigation, id));
        }
        if (steps.isEmpty()) {
            throw new NotFound("No resource at '" + path + "'.");
        }
        return new ResourcePath(List.copyOf(steps), property, value, ref);
    }

    private static Long id(String text) throws NotFound {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("No entity with id " + text + ".");
        }
    }

    /** The path names nothing; reported as 404. */
    public static final class NotFound extends Exception {

        private static final long serialVersionUID = 1L;
        private final boolean hidden;

        public NotFound(String message) {
            this(message, false);
        }

        /** With {@code hidden}: the entity exists, but the caller may not see it (audited, still a 404). */
        public NotFound(String message, boolean hidden) {
            super(message, null, false, false);
            this.hidden = hidden;
        }

        public boolean hidden() {
            return hidden;
        }
    }
}
