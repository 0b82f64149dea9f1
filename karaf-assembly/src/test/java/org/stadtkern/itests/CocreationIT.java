package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The co-creation fund through its HTTP API as the fund's staff, applicants without accounts, a jury of
 * five and the public meet it: a call, 15 proposals, the eligibility check, scoring with conflicts of
 * interest, the ranking and its recommendation, 9 approvals within the fund, a project's milestones and
 * payouts; who sees which personal data; hostile input; a reinstall that keeps everything.
 */
public class CocreationIT extends StadtkernTestSupport {

    private static final String API = "/api/cocreation";
    private static final String JSON_TYPE = "application/json";
    private static final String STAFF = "fund-staff";
    private static final String[] JURY = {"jury-urban", "jury-it", "jury-social", "jury-economy", "jury-climate"};
    private static final int PROPOSALS = 15;
    private static final int IN_JURY = 13;

    @Inject
    protected FeaturesService features;

    @Test
    public void aWholeRoundFromCallToPayout() throws Exception {
        ensureUser(STAFF, "operator");
        for (String member : JURY) {
            ensureUser(member, "reader");
        }
        ensureUser("fund-bottrop", "operator", "tenant.bottrop");
        String name = unique("Smart-City-Fonds");
        long call = open(name, LocalDate.now().plusDays(30));

        // 15 proposals from applicants without accounts; requests 20,000 + 2,000 EUR per place
        List<Long> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PROPOSALS; i++) {
            Response saved = post(API + "/calls/" + call + "/proposals" + (i == 0 ? "" : "?submit=true"),
                    proposal("Idee " + i, 20000 + 2000 * i), null, Map.of());
            assertEquals(saved.body(), 201, saved.status());
            ids.add(saved.json().get("id").asLong());
            tokens.add(saved.json().get("token").asText());
        }
        long first = ids.get(0);
        assertEquals("the first was saved as a draft", "draft", status(first, tokens.get(0)));
        assertEquals("submitted", post(API + "/proposals/" + first + "/transitions", "{\"to\": \"submitted\"}", null,
                token(tokens.get(0))).json().asText());
        Response overCap = post(API + "/calls/" + call + "/proposals?submit=true", proposal("Zu teuer", 50000.01),
                null, Map.of());
        assertEquals(overCap.body(), 400, overCap.status());
        assertTrue(overCap.body(), overCap.json().get("reasons").get(0).asText().contains("more than the cap"));

        // eligibility: the last two fail and are rejected with the reason
        JsonNode criteria = http("GET", API + "/calls/" + call, null, null, null).json().get("criteria");
        long located = criteria.get(0).get("id").asLong();
        long publicBenefit = criteria.get(1).get("id").asLong();
        for (int i = 0; i < PROPOSALS; i++) {
            long id = ids.get(i);
            assertEquals("eligibility-check", move(id, "eligibility-check", null));
            boolean passes = i < IN_JURY;
            Response checked = put(API + "/proposals/" + id + "/eligibility", "[{\"criterion\": " + publicBenefit
                    + ", \"passed\": true}, {\"criterion\": " + located + ", \"passed\": " + passes
                    + ", \"note\": " + (passes ? "null" : "\"not in Oberhausen\"") + "}]", STAFF);
            assertEquals(checked.body(), 200, checked.status());
            if (!passes) {
                assertEquals("a failed criterion keeps it from the jury", 409, post(API + "/proposals/" + id
                        + "/transitions", "{\"to\": \"jury-review\"}", STAFF, Map.of()).status());
                assertEquals("rejected", move(id, "rejected", "not in Oberhausen"));
            }
        }
        Response jury = put(API + "/calls/" + call + "/jury", juryJson(), STAFF);
        assertEquals(jury.body(), 200, jury.status());
        for (int i = 0; i < IN_JURY; i++) {
            assertEquals("jury-review", move(ids.get(i), "jury-review", null));
            assertEquals(200, put(API + "/proposals/" + ids.get(i) + "/assignments", "[\"" + String.join("\", \"",
                    JURY) + "\"]", STAFF).status());
        }
        JsonNode before = get(API + "/calls/" + call + "/progress", STAFF).json();
        assertEquals(IN_JURY, before.get("proposals").size());
        before.get("proposals").forEach(p -> assertEquals(p.toString(), JURY.length, p.get("open").size()));
        before.get("members").forEach(m -> assertEquals(m.toString(), IN_JURY, m.get("open").size()));
        assertEquals("the jury does not read the staff's progress list", 403,
                get(API + "/calls/" + call + "/progress", JURY[0]).status());
        scoreEverything(call, ids);
        JsonNode after = get(API + "/calls/" + call + "/progress", STAFF).json();
        after.get("proposals").forEach(p -> assertEquals(p.toString(), 0, p.get("open").size()));
        after.get("members").forEach(m -> assertEquals(m.toString(), 0, m.get("open").size()));
        after.get("members").forEach(m -> assertEquals("a declared conflict is done too: " + m, IN_JURY,
                m.get("done").asInt()));
        rankingRecommendsNineWithinTheFund(call, ids);
        whoSeesWhat(ids.get(0), tokens.get(0), ids.get(14));

        // shortlist the ten best, the funder approves the nine recommended; the tenth does not fit
        Response ranked = get(API + "/calls/" + call + "/ranking", STAFF);
        assertEquals(ranked.body(), 200, ranked.status());
        JsonNode ranking = ranked.json().get("ranking").get("places");
        for (int place = 0; place < IN_JURY; place++) {
            long id = ranking.get(place).get("proposal").asLong();
            if (place >= 10) {
                assertEquals("rejected", move(id, "rejected", "below the shortlist"));
                continue;
            }
            move(id, "shortlisted", null);
            move(id, "funder-review", null);
            String amount = ranking.get(place).get("requested").asText();
            Response decided = put(API + "/proposals/" + id + "/decision", "{\"approved\": true, \"amount\": " + amount
                    + ", \"conditions\": \"Quarterly reports\"}", STAFF);
            if (place < 9) {
                assertEquals(decided.body(), "approved", decided.json().asText());
            } else {
                assertEquals(decided.body(), 409, decided.status());
                assertTrue(decided.body(), decided.json().get("detail").asText().contains("do not fit"));
                put(API + "/proposals/" + id + "/decision", "{\"approved\": false, \"conditions\": \"Fund exhausted\"}",
                        STAFF);
            }
        }
        String approved = console("cocreation:proposals --call " + call + " --state approved");
        assertEquals(approved, 9 + 2, approved.strip().split("\n").length);
        projectWithMilestonesAndPayouts(ids.get(0), tokens.get(0));
        thePublicSeesTheNineWithoutPersonalData(name);
        assertTrue(console("cocreation:calls"), console("cocreation:calls").contains(name));
        String export = console("cocreation:export " + call);
        assertEquals(export, PROPOSALS + 1, export.strip().split("\n").length);
        assertTrue(export, export.contains(",Idee 14,rejected,48000.00,,0.0,false,"));
        aReinstallKeepsTheRound(call);
        aPersonSubmitsAnIdeaOnAPhoneWithTheKeyboard(name);
    }

    @Test
    public void hostileAndMalformedInputIsRefusedWithAReason() throws Exception {
        ensureUser(STAFF, "operator");
        ensureUser(JURY[0], "reader");
        long call = open(unique("Fonds"), LocalDate.now().plusDays(10));
        String path = API + "/calls/" + call + "/proposals";
        assertEquals("unknown field", 400, post(path, "{\"admin\": true}", null, Map.of()).status());
        assertEquals("malformed", 400, post(path, "{\"title\": ", null, Map.of()).status());
        assertEquals("huge number", 400, post(path, proposal("x", 1).replace("\"amount\": 1.0",
                "\"amount\": 1e999999999"), null, Map.of()).status());
        assertEquals("negative", 400, post(path, proposal("x", -5), null, Map.of()).status());
        assertEquals("fractions of cents", 400, post(path, proposal("x", 1.001), null, Map.of()).status());
        assertEquals("title too long", 400, post(path, proposal("t".repeat(201), 1), null, Map.of()).status());
        assertEquals("not JSON", 415, http("POST", path, "text/plain", "x".getBytes(StandardCharsets.UTF_8), null)
                .status());
        assertEquals("oversized", 413, post(path, "{\"description\": \"" + "d".repeat(70_000) + "\"}", null,
                Map.of()).status());
        assertEquals("no such call", 404, post(API + "/calls/999999999/proposals", proposal("x", 1), null, Map.of())
                .status());
        assertEquals("an id that is not a number", 404, http("GET", API + "/proposals/1%20or%201=1", null, null,
                STAFF).status());
        assertEquals("anonymous staff action", 401, post(API + "/calls", "{}", null, Map.of()).status());
        assertEquals("reader opening a call", 403, post(API + "/calls", "{}", JURY[0], Map.of()).status());
        Response saved = post(path + "?submit=true", proposal("<script>alert(1)</script>", 10), null, Map.of());
        assertEquals(saved.body(), 201, saved.status());
        long id = saved.json().get("id").asLong();
        String token = saved.json().get("token").asText();
        assertEquals("a guessed token", 404, http("GET", API + "/proposals/" + id, null, null, null,
                token(token.substring(1) + "A")).status());
        filesAreCheckedLikeAnAttackerWouldTry(id, token);
        assertEquals("an applicant cannot move it on", 403, post(API + "/proposals/" + id + "/transitions",
                "{\"to\": \"jury-review\"}", null, token(token)).status());
        assertEquals("withdrawing needs a reason", 409, post(API + "/proposals/" + id + "/transitions",
                "{\"to\": \"withdrawn\"}", null, token(token)).status());
        assertEquals("withdrawn", post(API + "/proposals/" + id + "/transitions",
                "{\"to\": \"withdrawn\", \"reason\": \"changed plans\"}", null, token(token)).json().asText());
        assertEquals("no files after the withdrawal", 409, http("POST", "/api/cocreation/attachments/" + id,
                "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null, Map.of("X-Proposal-Token",
                        token, "X-File-Name", "late.pdf")).status());
        JsonNode history = get(API + "/proposals/" + id + "/transitions", STAFF).json();
        assertEquals("applicant", history.get(history.size() - 1).get("actor").asText());

        long closed = open(unique("Closed"), LocalDate.now().minusDays(1));
        Response late = post(API + "/calls/" + closed + "/proposals", proposal("Late", 10), null, Map.of());
        assertEquals(late.body(), 409, late.status());
        assertEquals("the staff may still enter one", 201, post(API + "/calls/" + closed + "/proposals",
                proposal("Late", 10), STAFF, Map.of()).status());
    }

    private void filesAreCheckedLikeAnAttackerWouldTry(long id, String token) {
        String files = "/api/cocreation/attachments/" + id;
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Map<String, String> named = Map.of("X-Proposal-Token", token, "X-File-Name", "Kostenplan.pdf");
        Response attached = http("POST", files, "application/pdf", pdf, null, named);
        assertEquals(attached.body(), 201, attached.status());
        assertEquals("HTML claiming to be a PDF", 400, http("POST", files, "application/pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), null, named).status());
        assertEquals("a script", 400, http("POST", files, "text/html", pdf, null, named).status());
        assertEquals("a path as the name", 400, http("POST", files, "application/pdf", pdf, null,
                Map.of("X-Proposal-Token", token, "X-File-Name", "../../etc/passwd")).status());
        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertEquals("6 MB", 413, http("POST", files, "application/pdf", large, null, named).status());
        assertEquals("without the token", 404, http("POST", files, "application/pdf", pdf, null,
                Map.of("X-File-Name", "x.pdf")).status());
        assertEquals("nobody else lists them", 404, http("GET", files, null, null, null).status());
        JsonNode listed = http("GET", files, null, null, null, token(token)).json();
        assertEquals(1, listed.size());
        assertEquals(pdf.length, listed.get(0).get("size").asInt());
        Response download = http("GET", files + "/" + listed.get(0).get("id").asLong(), null, null, null,
                token(token));
        assertEquals("%PDF-1.4\n%%EOF\n", download.body());
        assertEquals("application/pdf", download.contentType());
        assertEquals("the staff read them", 200, get(files, STAFF).status());
    }

    private void scoreEverything(long call, List<Long> ids) {
        JsonNode criteria = http("GET", API + "/calls/" + call, null, null, null).json().get("criteria");
        List<Long> scored = new ArrayList<>();
        criteria.forEach(c -> {
            if (!c.get("eligibility").asBoolean()) {
                scored.add(c.get("id").asLong());
            }
        });
        for (int i = 0; i < IN_JURY; i++) {
            long id = ids.get(i);
            int score = i == 4 ? 17 : 20 - i;
            for (int m = 0; m < JURY.length; m++) {
                String member = JURY[m];
                boolean conflict = m == 0 && i == 0;
                if (m == 1 && i == 1) {
                    // scores low, then declares a conflict: the scores go and never count
                    put(API + "/jury/proposals/" + id + "/declaration", "{\"conflict\": false}", member);
                    assertEquals(200, put(API + "/jury/proposals/" + id + "/scores", sheet(scored, 0), member)
                            .status());
                    conflict = true;
                }
                Response declared = put(API + "/jury/proposals/" + id + "/declaration", "{\"conflict\": " + conflict
                        + ", \"note\": " + (conflict ? "\"co-applicant\"" : "null") + "}", member);
                assertEquals(declared.body(), 200, declared.status());
                Response sheet = put(API + "/jury/proposals/" + id + "/scores", sheet(scored, score).replace("ok",
                        "comment of " + member), member);
                assertEquals(sheet.body(), conflict ? 409 : 200, sheet.status());
            }
        }
        JsonNode desk = get(API + "/jury/proposals", JURY[2]).json();
        assertEquals(IN_JURY, desk.size());
        desk.forEach(entry -> assertFalse(entry.toString(), entry.get("open").asBoolean()));
        JsonNode own = get(API + "/jury/proposals/" + ids.get(2) + "/scores", JURY[2]).json();
        assertEquals("a member reads only their own sheet", scored.size(), own.size());
        assertFalse("no other member's comment: " + own, own.toString().contains("comment of " + JURY[3]));
        assertTrue(own.toString(), own.toString().contains("comment of " + JURY[2]));
        String all = get(API + "/jury/proposals/" + ids.get(2) + "/scores", STAFF).body();
        assertTrue("the staff read every sheet: " + all, all.contains("comment of " + JURY[3])
                && all.contains("\"aggregate\":18.0"));
    }

    private void rankingRecommendsNineWithinTheFund(long call, List<Long> ids) throws Exception {
        assertEquals("anonymous", 401, http("GET", API + "/calls/" + call + "/ranking", null, null, null).status());
        JsonNode ranking = get(API + "/calls/" + call + "/ranking", JURY[3]).json().get("ranking");
        JsonNode places = ranking.get("places");
        assertEquals(IN_JURY, places.size());
        assertEquals(0, ranking.get("missing").asInt());
        assertEquals(ids.get(0).longValue(), places.get(0).get("proposal").asLong());
        assertEquals("the conflicted member does not count", 4, places.get(0).get("counted").asInt());
        assertEquals(20.0, places.get(0).get("aggregate").asDouble(), 0);
        assertEquals("the scores of a member who declared a conflict later are gone", 19.0,
                places.get(1).get("aggregate").asDouble(), 0);
        assertEquals("a tie shares the rank", places.get(3).get("rank").asInt(), places.get(4).get("rank").asInt());
        assertEquals(6, places.get(5).get("rank").asInt());
        int recommended = 0;
        for (JsonNode place : places) {
            recommended += place.get("recommended").asBoolean() ? 1 : 0;
        }
        assertEquals(9, recommended);
        assertEquals(0, new java.math.BigDecimal("252000").compareTo(ranking.get("recommended").decimalValue()));
        assertEquals("the tenth just misses", 0, new java.math.BigDecimal("30000").compareTo(
                places.get(9).get("lacking").decimalValue()));
        String console = console("cocreation:ranking " + call);
        assertTrue(console, console.contains("Recommended 252000.00 EUR of 260000.00 EUR; 8000.00 EUR left; "
                + "0 reviews missing."));
    }

    private void whoSeesWhat(long id, String token, long rejected) throws Exception {
        String path = API + "/proposals/" + id;
        JsonNode applicant = http("GET", path, null, null, null, token(token)).json();
        assertEquals("mail@example.org", applicant.at("/content/applicant/email").asText());
        assertEquals("no token", 404, http("GET", path, null, null, null).status());
        JsonNode staff = get(path, STAFF).json();
        assertTrue("staff without a grant: no contact", staff.at("/content/applicant/email").isNull());
        assertTrue(staff.toString(), staff.at("/content/applicant/name").isNull());
        assertEquals("association", staff.at("/content/applicant/type").asText());
        String granted = console("sovereignty:grant " + STAFF + " cocreation-applicants funding-administration");
        assertTrue(granted, granted.startsWith("Grant "));
        assertEquals("mail@example.org", get(path + "?purpose=funding-administration", STAFF).json()
                .at("/content/applicant/email").asText());
        JsonNode member = get(path, JURY[1]).json();
        assertEquals("Verein Idee 0 e. V.", member.at("/content/applicant/name").asText());
        assertTrue("a jury member never sees the contact", member.at("/content/applicant/email").isNull());
        assertEquals("the jury never saw the rejected one", 404, get(API + "/proposals/" + rejected, JURY[1])
                .status());
        assertEquals("another tenant", 404, get(path, "fund-bottrop").status());
        String audit = console("sovereignty:audit --dataset cocreation-applicants");
        assertTrue(audit, audit.contains(JURY[1]) && audit.contains("funding-administration"));
    }

    private void projectWithMilestonesAndPayouts(long id, String token) {
        String project = API + "/projects/" + id;
        Response started = post(project + "/start", "{\"starts\": \"" + LocalDate.now().minusMonths(3) + "\"}", STAFF,
                Map.of());
        assertEquals(started.body(), 200, started.status());
        JsonNode running = started.json();
        assertEquals(LocalDate.now().minusMonths(3).plusMonths(8).minusDays(1).toString(),
                running.get("ends").asText());
        assertEquals("Prototype", running.at("/overdue/0").asText());
        long milestone = running.at("/milestones/0/id").asLong();
        assertTrue(put(project + "/milestones/" + milestone, "{\"done\": \"" + LocalDate.now() + "\"}", STAFF)
                .json().get("overdue").isEmpty());
        Response asked = post(project + "/payments", "{\"amount\": 12000, \"purpose\": \"Sensors\"}", null,
                token(token));
        assertEquals(asked.body(), 201, asked.status());
        Response tooMuch = post(project + "/payments", "{\"amount\": 8000.01, \"purpose\": \"More\"}", null,
                token(token));
        assertEquals("never above the approved 20,000 EUR", 409, tooMuch.status());
        put(project + "/payments/" + asked.json().get("id").asLong(), "{\"paid\": true}", STAFF);
        assertEquals(201, post(project + "/reports", "{\"text\": \"Sensors are up.\"}", null, token(token)).status());
        JsonNode now = http("GET", project, null, null, null, token(token)).json();
        assertEquals(0, new java.math.BigDecimal("12000").compareTo(now.get("paid").decimalValue()));
        assertEquals("nobody else", 404, http("GET", project, null, null, null).status());
    }

    private void thePublicSeesTheNineWithoutPersonalData(String call) {
        Response list = http("GET", API + "/projects", null, null, null);
        assertEquals(list.body(), 200, list.status());
        int ours = 0;
        for (JsonNode project : list.json()) {
            ours += call.equals(project.get("call").asText()) ? 1 : 0;
        }
        assertEquals(9, ours);
        assertFalse(list.body(), list.body().contains("example.org") || list.body().contains("Verein"));
        Response csv = http("GET", API + "/projects?format=csv", null, null, null);
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("id,call,title,summary,district,amount_eur,status,starts,ends"));
        assertEquals(9, csv.body().lines().filter(line -> line.contains(call)).count());
        Response catalog = http("GET", "/catalog", null, null, null);
        assertTrue("the catalog offers the CSV", catalog.body().contains(
                "<http://localhost:8181/api/cocreation/projects?format=csv>"));
        Response page = http("GET", "/catalog/index.html", null, null, null);
        assertTrue(page.body(), page.body().contains("Gef\u00f6rderte Projekte des Smart-City-Fonds")
                && page.body().contains("<a href=\"/api/cocreation/projects?format=csv\">CSV</a>"));
    }

    @Test
    public void theDemoCityHasAFinishedRound() throws Exception {
        String call = "Smart-City-Fonds 2026";
        Response projects = http("GET", API + "/projects", null, null, null);
        int funded = 0;
        for (JsonNode project : projects.json()) {
            if (call.equals(project.get("call").asText())) {
                funded++;
                assertEquals(project.toString(), "in-implementation", project.get("status").asText());
                assertEquals("2027-04-30", project.get("ends").asText());
            }
        }
        assertEquals(9, funded);
        String rejected = console("cocreation:proposals --call \"" + call + "\" --state rejected");
        assertEquals(rejected, 6 + 2, rejected.strip().split("\n").length);
        String ranking = console("cocreation:ranking \"" + call + "\"");
        assertTrue(ranking, ranking.contains("Recommended 282000.00 EUR of 300000.00 EUR; 18000.00 EUR left; "
                + "0 reviews missing."));
    }

    private void aReinstallKeepsTheRound(long call) throws Exception {
        String before = get(API + "/calls/" + call + "/ranking", STAFF).body();
        features.uninstallFeature("stadtkern-cocreation");
        await("the fund gone, the rest healthy", 60, () -> {
            Response health = get("/health");
            return health.status() == 200 && !health.json().path("measures").has("cocreation")
                    && health.json().path("measures").has("hinweg");
        });
        features.installFeature("stadtkern-cocreation");
        await("the fund back", 60, () -> get("/health").json().path("measures").has("cocreation"));
        await("its API answers", 30, () -> get(API + "/calls/" + call + "/ranking", STAFF).status() == 200);
        assertEquals(before, get(API + "/calls/" + call + "/ranking", STAFF).body());
    }

    /**
     * The public page in a phone-sized headless Chromium, used with the keyboard alone: the funded
     * projects of the round are listed; an incomplete form says what is missing and takes the focus
     * there; the completed form is submitted with Enter and the receipt with the applicant's key is
     * shown; the proposal is stored as typed.
     */
    private void aPersonSubmitsAnIdeaOnAPhoneWithTheKeyboard(String funded) throws Exception {
        String name = unique("Seitenfonds");
        long call = open(name, LocalDate.now().plusDays(20));
        try (WebDriver browser = new WebDriver(390, 844)) {
            browser.open(BASE + "/cocreation/index.html");
            browser.await("the funded projects", "return document.querySelectorAll('#funded li').length > 0");
            String listed = browser.script("return document.getElementById('funded').textContent").asText();
            for (int i = 0; i < 9; i++) {
                assertTrue(listed, listed.contains("Idee " + i));
            }
            assertTrue(listed, listed.contains(funded) && listed.contains("in Umsetzung"));
            assertFalse("no personal data", listed.contains("Verein") || listed.contains("example.org"));
            browser.await("our call offered", "return [...document.querySelectorAll('#call option')]"
                    + ".some(o => o.textContent === '" + name + "')");
            assertEquals("every field has a label", 0, browser.script("return [...document.querySelectorAll("
                    + "'#apply input, #apply select, #apply textarea')].filter(e => e.labels.length === 0).length")
                    .asInt());
            assertTrue("no sideways scrolling on a phone", browser.script("return document.documentElement"
                    + ".scrollWidth <= window.innerWidth").asBoolean());

            browser.tabTo("call");
            browser.press(name);
            assertEquals(Long.toString(call), browser.script("return document.getElementById('call').value")
                    .asText());
            browser.tabTo("name");
            browser.press("Nachbarschaft Tackenberg e. V.");
            browser.tabTo("submit");
            browser.press(WebDriver.ENTER);
            browser.await("what is missing", "return !document.getElementById('problems').hidden");
            assertEquals("the focus moves to the problems", "problems",
                    browser.script("return document.activeElement.id").asText());
            String problems = browser.script("return document.getElementById('problem-list').textContent").asText();
            assertTrue(problems, problems.contains("E-Mail-Adresse") && problems.contains("Titel")
                    && problems.contains("zustimmen"));
            assertEquals("true", browser.script("return document.getElementById('email')"
                    + ".getAttribute('aria-invalid')").asText());
            browser.press(WebDriver.TAB + WebDriver.ENTER);
            assertEquals("the first problem's link leads to its field", "email",
                    browser.script("return document.activeElement.id").asText());

            browser.tabTo("call");
            browser.press(WebDriver.TAB + WebDriver.ARROW_DOWN);
            assertEquals("association", browser.script("return document.querySelector('input[name=type]:checked')"
                    + ".value").asText());
            type(browser, "legal-form", "e. V.");
            type(browser, "email", "kontakt@tackenberg.example");
            type(browser, "title", "Sensorbank am Marktplatz");
            type(browser, "summary", "Eine Bank misst Lärm und Luft.");
            type(browser, "district", "Osterfeld");
            type(browser, "item-1", "Bank mit Sensoren");
            type(browser, "amount-1", "49000");
            type(browser, "item-2", "Montage");
            type(browser, "amount-2", "1.500,50");
            type(browser, "milestone", "Bank steht");
            type(browser, "month", "2");
            browser.tabTo("consent");
            browser.press(WebDriver.SPACE);
            browser.tabTo("submit");
            browser.press(WebDriver.ENTER);
            browser.await("the cap named", "return document.getElementById('problem-list').textContent"
                    + ".includes('H\u00f6chstsumme')");
            assertEquals("problems", browser.script("return document.activeElement.id").asText());
            type(browser, "amount-1", "12500");
            browser.tabTo("submit");
            browser.press(WebDriver.ENTER);
            browser.await("the receipt", "return !document.getElementById('receipt').hidden");
            assertEquals("receipt", browser.script("return document.activeElement.id").asText());
            long id = browser.script("return document.getElementById('receipt-id').textContent").asLong();
            String token = browser.script("return document.getElementById('receipt-token').textContent").asText();
            JsonNode stored = http("GET", API + "/proposals/" + id, null, null, null, token(token)).json();
            assertEquals("submitted", stored.get("state").asText());
            assertEquals(call, stored.get("call").asLong());
            assertEquals("Sensorbank am Marktplatz", stored.at("/content/title").asText());
            assertEquals("Nachbarschaft Tackenberg e. V.", stored.at("/content/applicant/name").asText());
            assertEquals(0, new java.math.BigDecimal("14000.50").compareTo(stored.get("requested").decimalValue()));
            assertEquals("Bank steht", stored.at("/content/milestones/0/title").asText());

            approve(call, id, "14000.50");
            browser.open(BASE + "/cocreation/index.html");
            browser.await("the approved idea in the public list", "return document.getElementById('funded')"
                    + ".textContent.includes('Sensorbank am Marktplatz')");
        }
    }

    /** The staff take a proposal through the check and the funder approves it. */
    private static void approve(long call, long id, String amount) {
        JsonNode criteria = http("GET", API + "/calls/" + call, null, null, null).json().get("criteria");
        move(id, "eligibility-check", null);
        assertEquals(200, put(API + "/proposals/" + id + "/eligibility", "[{\"criterion\": "
                + criteria.get(0).get("id").asLong() + ", \"passed\": true}, {\"criterion\": "
                + criteria.get(1).get("id").asLong() + ", \"passed\": true}]", STAFF).status());
        for (String step : List.of("jury-review", "shortlisted", "funder-review")) {
            move(id, step, null);
        }
        assertEquals("\"approved\"", put(API + "/proposals/" + id + "/decision", "{\"approved\": true, \"amount\": "
                + amount + "}", STAFF).body());
    }

    /** Tabs to the field and types into it, as a person without a mouse does. */
    private static void type(WebDriver browser, String field, String text) throws Exception {
        browser.tabTo(field);
        browser.press(text);
    }

    private static long open(String name, LocalDate submission) {
        String spec = "{\"name\": \"" + name + "\", \"fund\": 260000, \"submissionDeadline\": \"" + submission
                + "\", \"juryDeadline\": \"" + submission.plusDays(30) + "\", \"decisionDeadline\": \""
                + submission.plusDays(60) + "\", \"scoreMax\": 20, \"eligibility\": [\"Takes place in Oberhausen\", "
                + "\"Benefits the public\"], \"criteria\": [{\"name\": \"Benefit for the city\", \"weight\": 3}, "
                + "{\"name\": \"Feasibility\", \"weight\": 2}, {\"name\": \"Innovation\", \"weight\": 1}]}";
        Response opened = post(API + "/calls", spec, STAFF, Map.of());
        assertEquals(opened.body(), 201, opened.status());
        return opened.json().get("id").asLong();
    }

    private static String proposal(String title, double amount) {
        return "{\"applicant\": {\"type\": \"association\", \"name\": \"Verein " + title + " e. V.\", \"legalForm\": "
                + "\"e. V.\", \"email\": \"mail@example.org\"}, \"title\": \"" + title + "\", \"summary\": "
                + "\"Sensors for the neighbourhood\", \"district\": \"Sterkrade\", \"tools\": \"LoRaWAN\", "
                + "\"costPlan\": [{\"item\": \"Hardware\", \"amount\": " + amount + "}], \"milestones\": "
                + "[{\"title\": \"Prototype\", \"month\": 2}], \"consent\": true}";
    }

    private static String juryJson() {
        List<String> members = new ArrayList<>();
        for (String member : JURY) {
            members.add("{\"member\": \"" + member + "\", \"name\": \"" + member + "\", \"discipline\": \""
                    + member.substring(5) + "\"}");
        }
        return "[" + String.join(", ", members) + "]";
    }

    private static String sheet(List<Long> criteria, int score) {
        List<String> scores = new ArrayList<>();
        criteria.forEach(c -> scores.add("{\"criterion\": " + c + ", \"score\": " + score + ", \"comment\": \"ok\"}"));
        return "[" + String.join(", ", scores) + "]";
    }

    private static String status(long id, String token) {
        return http("GET", API + "/proposals/" + id, null, null, null, token(token)).json().get("state").asText();
    }

    private static String move(long id, String to, String reason) {
        Response moved = post(API + "/proposals/" + id + "/transitions", "{\"to\": \"" + to + "\", \"reason\": "
                + (reason == null ? "null" : "\"" + reason + "\"") + "}", STAFF, Map.of());
        assertEquals(moved.body(), 200, moved.status());
        return moved.json().asText();
    }

    private static Map<String, String> token(String token) {
        return Map.of("X-Proposal-Token", token);
    }

    private static Response get(String path, String user) {
        return http("GET", path, null, null, user);
    }

    private static Response post(String path, String body, String user, Map<String, String> headers) {
        return http("POST", path, JSON_TYPE, body.getBytes(StandardCharsets.UTF_8), user, headers);
    }

    private static Response put(String path, String body, String user) {
        return http("PUT", path, JSON_TYPE, body.getBytes(StandardCharsets.UTF_8), user);
    }
}
