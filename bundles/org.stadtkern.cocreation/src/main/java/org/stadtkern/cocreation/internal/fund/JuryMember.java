package org.stadtkern.cocreation.internal.fund;

/**
 * A member of a call's jury.
 *
 * @param member the member's user name in the realm (they log in as it)
 * @param name the member's name
 * @param discipline what the member brings to the jury, such as "urban planning"
 */
public record JuryMember(String member, String name, String discipline) {

    public JuryMember {
        member = CallSpec.required("member", Amounts.text("member", member, 100));
        if (!member.matches("[A-Za-z0-9._@-]+")) {
            throw new IllegalArgumentException("member is a user name: letters, digits and . _ @ -.");
        }
        name = CallSpec.required("name", Amounts.text("name", name, 200));
        discipline = CallSpec.required("discipline", Amounts.text("discipline", discipline, 200));
    }
}
