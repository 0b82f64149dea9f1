package org.stadtkern.sovereignty.internal.export;

import org.stadtkern.sovereignty.internal.policy.DatasetPolicy;
import org.stadtkern.core.api.measure.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dataset's usage policy as an ODRL 2.2 policy in JSON-LD: a Set whose permission {@code use}
 * is constrained to the dataset's purposes (left operand {@code purpose}, operator
 * {@code isAnyOf}) and, with a retention period, carries the duty {@code delete} once
 * {@code elapsedTime} reaches it. The context is written inline (the terms of the ODRL context
 * document that the policy uses), so that the policy is read without fetching anything.
 */
public final class OdrlPolicy {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final String ODRL = "http://www.w3.org/ns/odrl/2/";

    private OdrlPolicy() {
    }

    /**
     * The policy of a dataset.
     *
     * @param uid the policy's IRI
     * @param target the dataset's IRI
     * @param assigner the IRI of the party that sets the policy (the data owner), or {@code null}
     */
    public static ObjectNode of(DatasetPolicy policy, String uid, String target,
            String assigner) {
        ObjectNode root = Json.object();
        root.set("@context", context());
        root.put("@type", "Set");
        root.put("uid", uid);
        root.put("profile", "https://stadtkern.org/odrl/dataset-policy");
        ObjectNode permission = root.putArray("permission").addObject();
        permission.put("target", target);
        if (assigner != null) {
            permission.put("assigner", assigner);
        }
        permission.put("action", "use");
        ObjectNode purpose = permission.putArray("constraint").addObject();
        purpose.put("leftOperand", "purpose");
        purpose.put("operator", "isAnyOf");
        ArrayNode purposes = purpose.putArray("rightOperand");
        policy.purposes().forEach(purposes::add);
        if (policy.retention() != null) {
            ObjectNode duty = permission.putArray("duty").addObject();
            duty.put("action", "delete");
            ObjectNode elapsed = duty.putArray("constraint").addObject();
            elapsed.put("leftOperand", "elapsedTime");
            elapsed.put("operator", "eq");
            elapsed.putObject("rightOperand").put("@value", policy.retention().text())
                    .put("@type", "xsd:duration");
        }
        return root;
    }

    /** The terms used above, as the ODRL 2.2 context document defines them. */
    private static ObjectNode context() {
        ObjectNode context = Json.object();
        context.put("odrl", ODRL);
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("uid", "@id");
        context.put("type", "@type");
        context.put("Set", "odrl:Set");
        context.set("profile", vocab("odrl:profile", "@id"));
        context.set("permission", vocab("odrl:permission", null));
        context.set("duty", vocab("odrl:duty", null));
        context.set("constraint", vocab("odrl:constraint", null));
        context.set("target", vocab("odrl:target", "@id"));
        context.set("assigner", vocab("odrl:assigner", "@id"));
        context.set("action", vocab("odrl:action", "@vocab"));
        context.set("leftOperand", vocab("odrl:leftOperand", "@vocab"));
        context.set("operator", vocab("odrl:operator", "@vocab"));
        context.set("rightOperand", vocab("odrl:rightOperand", null));
        for (String term : new String[] {"use", "delete", "purpose", "elapsedTime", "isAnyOf", "eq"}) {
            context.put(term, "odrl:" + term);
        }
        return context;
    }

    private static ObjectNode vocab(String id, String type) {
        ObjectNode term = Json.object().put("@id", id);
        if (type != null) {
            term.put("@type", type);
        }
        return term;
    }
}
