package org.stadtkern.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.stadtkern.core.api.Tenancy;
import org.stadtkern.hinweg.api.TransitStops;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The remote work sites through their HTTP API, MQTT and console as a site's staff, people who book
 * without accounts and an attacker meet them: a site with spaces, bookings with their policies, 50
 * parallel requests for one desk, approval, cancellation of a range of days, iCalendar, a desk sensor
 * changing live occupancy, reports; hostile input; a reinstall that keeps sites and bookings; and the
 * page in a phone-sized browser used with the keyboard alone.
 */
public class RemoteworkIT extends StadtkernTestSupport {

    static final String API = "/api/remotework";
    private static final String JSON_TYPE = "application/json";
    private static final String STAFF = "work-staff";
    private static final ZoneId CITY = ZoneId.of("Europe/Berlin");
    private static final LocalDate TOMORROW = LocalDate.now(CITY).plusDays(1);

    @Inject
    protected FeaturesService features;

    @Inject
    protected TransitStops transit;

    @Inject
    protected Tenancy tenancy;

    /** A stop of whatever network Hin & Weg has now (the demo city's, or a feed another test imported). */
    private static TransitStops.NearStop stop;

    /** The test sites lie beside a stop of the network imported now. */
    @Before
    public void besideAStop() throws Exception {
        await("a network with stops", 60, () -> {
            try {
                return !transit.near(tenancy.defaultTenant(), 51.47, 6.85, 20_000_000, 1).isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        });
        stop = transit.near(tenancy.defaultTenant(), 51.47, 6.85, 20_000_000, 1).get(0);
    }

    /**
     * A site open every day, 22 m from {@link #stop} (beside the demo city's Hauptbahnhof when other tests
     * use it); its desk d1 has sensor {@code <id>-s1}.
     */
    static String site(String id) {
        return "{\"name\": \"Testbüro " + id + "\", \"kind\": \"coworking\", \"operator\": \"Stadt Oberhausen\", "
                + "\"address\": {\"street\": \"Willy-Brandt-Platz 2\", \"postcode\": \"46045\", \"city\": "
                + "\"Oberhausen\"}, \"latitude\": " + (stop == null ? 51.4749 : stop.latitude() + 0.0002)
                + ", \"longitude\": " + (stop == null ? 6.8522 : stop.longitude()) + ", \"openingHours\": {\"mo\": "
                + "\"06:00-22:00\", \"tu\": \"06:00-22:00\", \"we\": \"06:00-22:00\", \"th\": \"06:00-22:00\", "
                + "\"fr\": \"06:00-22:00\", \"sa\": \"06:00-22:00\", \"su\": \"06:00-22:00\"}, \"amenities\": "
                + "{\"wifiMbps\": 100, \"screens\": 1, \"docks\": 1, \"lockers\": false, \"coffee\": true, "
                + "\"quietZone\": false, \"phoneBooths\": 0}, \"policy\": {\"maxMinutes\": 480, \"maxUpcoming\": 60, "
                + "\"daysAhead\": 14, \"graceMinutes\": 15}}";
    }

    static String desk(String name, String sensor) {
        return "{\"name\": \"" + name + "\", \"type\": \"desk\", \"capacity\": 1, \"mode\": \"bookable\", "
                + "\"approval\": false, \"shared\": false, \"equipment\": [\"Monitor\"], \"sensor\": "
                + (sensor == null ? "null" : "\"" + sensor + "\"") + "}";
    }

    /** Creates a site with desks d1 (sensor) and d2 and room r1 (needs approval) as the staff. */
    static String createSite(String staff) {
        String id = unique("it").toLowerCase(Locale.ROOT);
        Response created = put(API + "/sites/" + id, site(id), staff);
        assertEquals(created.body(), 201, created.status());
        assertEquals(201, put(API + "/sites/" + id + "/spaces/d1", desk("Schreibtisch 1", id + "-s1"), staff)
                .status());
        assertEquals(201, put(API + "/sites/" + id + "/spaces/d2", desk("Schreibtisch 2", null), staff).status());
        assertEquals(201, put(API + "/sites/" + id + "/spaces/r1", "{\"name\": \"Raum\", \"type\": \"room\", "
                + "\"capacity\": 4, \"mode\": \"bookable\", \"approval\": true, \"shared\": false, \"equipment\": [], "
                + "\"sensor\": null}", staff).status());
        return id;
    }

    static Response put(String path, String json, String user) {
        return http("PUT", path, JSON_TYPE, json.getBytes(StandardCharsets.UTF_8), user);
    }

    static Response post(String path, String json, String token) {
        return http("POST", path, JSON_TYPE, json == null ? null : json.getBytes(StandardCharsets.UTF_8), null,
                token == null ? Map.of() : Map.of("X-Booker-Token", token));
    }

    static String person(String name) {
        Response registered = post(API + "/people", "{\"name\": \"" + name + "\", \"email\": \"" + name
                .toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org\", \"category\": \"commuter\", "
                + "\"consent\": true}", null);
        assertEquals(registered.body(), 201, registered.status());
        return registered.json().get("token").asText();
    }

    static String at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(CITY).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Response book(String token, String site, String space, LocalDate day, String from, String to) {
        return post(API + "/bookings", "{\"site\": \"" + site + "\", \"space\": \"" + space + "\", \"start\": \""
                + at(day, from) + "\", \"end\": \"" + at(day, to) + "\"}", token);
    }

    @Test
    public void aSiteIsDescribedBookedAndUsed() throws Exception {
        ensureUser(STAFF, "operator");
        String site = createSite(STAFF);
        JsonNode listed = getAnonymously(API + "/sites?stop=" + stop.id() + "&amenity=wifi,coffee").json();
        assertTrue("found near the stop", listed.toString().contains("\"id\":\"" + site + "\""));
        assertFalse("not wheelchair accessible: not said", getAnonymously(API + "/sites?accessible=wheelchair")
                .body().contains(site));
        assertTrue(getAnonymously(API + "/sites?format=csv").body().contains(site + ",Testbüro"));

        Response registered = post(API + "/people", "{\"name\": \"Anna Muster\", \"email\": "
                + "\"anna.muster@example.org\", \"category\": \"commuter\", \"consent\": true}", null);
        String anna = registered.json().get("token").asText();
        String feed = registered.json().get("feed").asText();
        Response booked = book(anna, site, "d1", TOMORROW, "10:00", "12:00");
        assertEquals(booked.body(), 201, booked.status());
        long id = booked.json().get("bookings").get(0).get("id").asLong();
        assertEquals("confirmed", booked.json().get("bookings").get(0).get("state").asText());
        Response ics = http("GET", API + "/bookings/" + id + "/ics", null, null, null, Map.of("X-Booker-Token", anna));
        assertTrue(ics.contentType(), ics.contentType().startsWith("text/calendar"));
        assertTrue(ics.body(), ics.body().contains("SUMMARY:Schreibtisch 1 – Testbüro " + site + "\r\n"));
        assertTrue(feed, feed.startsWith(BASE + API + "/people/feeds/"));
        Response calendar = getAnonymously(feed.substring(BASE.length()));
        assertEquals(calendar.body(), 200, calendar.status());
        assertTrue("the feed, read without the token, has the booking", calendar.body().contains("UID:remotework-"
                + id + "@stadtkern\r\n") && calendar.body().contains("STATUS:CONFIRMED\r\n"));
        assertEquals("another's token sees nothing", 404, http("GET", API + "/bookings/" + id, null, null, null,
                Map.of("X-Booker-Token", person("Ben Beispiel"))).status());
        assertEquals(404, getAnonymously(API + "/bookings/" + id).status());
        Response staffView = get(API + "/bookings/" + id, STAFF);
        assertEquals(200, staffView.status());
        assertFalse("no booker's name without a grant and the purpose", staffView.body().contains("Anna"));
        String granted = console("sovereignty:grant " + STAFF + " remotework-bookers booking");
        assertTrue(granted, granted.startsWith("Grant "));
        assertFalse("a grant alone is not enough", get(API + "/bookings/" + id, STAFF).body().contains("Anna"));
        JsonNode withPurpose = get(API + "/bookings/" + id + "?purpose=booking", STAFF).json();
        assertEquals("Anna Muster", withPurpose.at("/booker/name").asText());
        assertEquals("anna.muster@example.org", withPurpose.at("/booker/email").asText());
        String audit = console("sovereignty:audit --dataset remotework-bookers");
        assertTrue(audit, audit.contains(STAFF) && audit.contains("booking"));

        // every overlapping shape refused, neighbours taken; policies named
        for (String[] shape : new String[][] {{"10:00", "12:00"}, {"09:00", "10:15"}, {"11:45", "13:00"},
            {"10:30", "11:00"}, {"09:00", "13:00"}}) {
            Response refused = book(person("Cem"), site, "d1", TOMORROW, shape[0], shape[1]);
            assertEquals(shape[0] + "-" + shape[1] + ": " + refused.body(), 409, refused.status());
            assertEquals("'Schreibtisch 1' is already booked for (part of) this time.",
                    refused.json().get("detail").asText());
        }
        assertEquals(201, book(person("Dora"), site, "d1", TOMORROW, "12:00", "13:00").status());
        assertEquals("Bookings start and end on the quarter hour (:00, :15, :30, :45).",
                book(anna, site, "d2", TOMORROW, "10:10", "11:00").json().get("detail").asText());
        assertEquals("Bookings can be made at most 14 days ahead.",
                book(anna, site, "d2", TOMORROW.plusDays(20), "10:00", "11:00").json().get("detail").asText());
        assertEquals("A booking may last at most 8 hours.",
                book(anna, site, "d2", TOMORROW, "08:00", "17:00").json().get("detail").asText());
        assertTrue(book(anna, site, "d2", TOMORROW, "21:00", "23:00").json().get("detail").asText()
                .startsWith("The site is not open through "));

        fiftyAtOnceGetOneDesk(site);
        approvalAndRanges(site);

        Response report = get(API + "/reports?from=" + TOMORROW + "&to=" + TOMORROW, STAFF);
        assertEquals(report.body(), 200, report.status());
        assertNotNull(report.json().get("sites"));
        assertFalse("no personal data in reports", report.body().contains("Anna"));
        assertEquals(401, getAnonymously(API + "/reports").status());

        String sites = console("remotework:sites");
        assertTrue(sites, sites.contains(site));
        String bookings = console("remotework:bookings --site " + site + " --date " + TOMORROW);
        assertTrue(bookings, bookings.contains("commuter") && bookings.contains(TOMORROW + " 10:00"));
        assertFalse(bookings, bookings.contains("Anna"));
        assertTrue(console("remotework:occupancy " + site).contains("d1"));
    }

    private void fiftyAtOnceGetOneDesk(String site) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(person("Person " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> {
                start.await();
                return book(token, site, "d2", TOMORROW, "14:00", "16:00").status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 201).count());
        assertEquals(statuses.toString(), 49, statuses.stream().filter(s -> s == 409).count());
        assertEquals(1, get(API + "/bookings?site=" + site + "&date=" + TOMORROW, STAFF).json().get("bookings")
                .findValues("space").stream().filter(s -> s.asText().equals("d2")).count());
    }

    private void approvalAndRanges(String site) {
        String eva = person("Eva");
        Response requested = book(eva, site, "r1", TOMORROW, "09:00", "10:00");
        assertEquals("requested", requested.json().get("bookings").get(0).get("state").asText());
        long room = requested.json().get("bookings").get(0).get("id").asLong();
        assertEquals("a booker does not approve", 401, http("POST", API + "/bookings/" + room + "/approve", null,
                null, null, Map.of("X-Booker-Token", eva)).status());
        Response approved = http("POST", API + "/bookings/" + room + "/approve", null, null, STAFF);
        assertEquals(approved.body(), "confirmed", approved.json().get("state").asText());
        long asked = book(person("Fred"), site, "r1", TOMORROW, "11:00", "12:00").json().at("/bookings/0/id").asLong();
        Response rejected = http("POST", API + "/bookings/" + asked + "/reject", JSON_TYPE,
                "{\"reason\": \"Raum wird renoviert\"}".getBytes(StandardCharsets.UTF_8), STAFF);
        assertEquals(rejected.body(), "rejected", rejected.json().get("state").asText());
        assertEquals("Raum wird renoviert", rejected.json().get("reason").asText());
        assertEquals("a rejected request frees the room", 201, book(person("Gina"), site, "r1", TOMORROW, "11:00",
                "12:00").status());
        Response weekly = post(API + "/bookings", "{\"site\": \"" + site + "\", \"space\": \"d2\", \"start\": \""
                + at(TOMORROW, "07:00") + "\", \"end\": \"" + at(TOMORROW, "08:00") + "\", \"repeat\": {\"every\": "
                + "\"day\", \"count\": 3}}", eva);
        assertEquals(weekly.body(), 201, weekly.status());
        assertEquals(3, weekly.json().get("bookings").size());
        Response cancelled = post(API + "/people/me/cancel", "{\"from\": \"" + TOMORROW + "\", \"to\": \""
                + TOMORROW.plusDays(14) + "\"}", eva);
        assertEquals(cancelled.body(), 4, cancelled.json().get("cancelled").size());
        assertTrue(http("GET", API + "/people/me/bookings", null, null, null, Map.of("X-Booker-Token", eva)).json()
                .findValues("state").stream().allMatch(s -> s.asText().equals("cancelled")));
    }

    @Test
    public void aDeskSensorChangesLiveOccupancy() throws Exception {
        ensureUser(STAFF, "operator");
        String site = createSite(STAFF);
        publish("remotework/presence", "{\"sensor\": \"" + site + "-s1\", \"occupied\": true}");
        await("the desk busy", 20, () -> "busy".equals(status(site, "d1")));
        assertTrue(getAnonymously(API + "/sites/" + site + "/occupancy").json().get("busy").asInt() >= 1);
        publish("remotework/presence", "{\"sensor\": \"" + site + "-s1\", \"occupied\": false}");
        await("the desk free again", 20, () -> "free".equals(status(site, "d1")));
        publish("remotework/presence", "{\"sensor\": \"nobody-" + site + "\", \"occupied\": true}");
        publish("remotework/presence", "{\"sensor\": \"" + site + "-s1\", \"occupied\": \"yes\"}");
        await("both dead-lettered with the reason", 20, () -> {
            String letters = getAsOperator("/api/dead-letters?limit=1000").body();
            return letters.contains("no space of this tenant has sensor 'nobody-" + site + "'")
                    && letters.contains("remotework.presence");
        });
        assertEquals("free", status(site, "d1"));
    }

    /**
     * A booker at the desk checks in with the code of its QR label; the desk, which has no sensor, is then
     * busy. Needs a booking running now: skipped in the last and first quarter hour of a day.
     */
    @Test
    public void aBookerChecksInWithTheCodeOfTheDesksLabel() throws Exception {
        ensureUser(STAFF, "operator");
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(CITY);
        org.junit.Assume.assumeTrue("not across midnight", now.getHour() > 0 && now.getHour() < 23);
        String site = unique("it").toLowerCase(Locale.ROOT);
        assertEquals(201, put(API + "/sites/" + site, site(site).replace("06:00-22:00", "00:00-23:45"), STAFF)
                .status());
        assertEquals(201, put(API + "/sites/" + site + "/spaces/d2", desk("Schreibtisch 2", null), STAFF).status());
        String start = String.format(Locale.ROOT, "%02d:%02d", now.getHour(), now.getMinute() / 15 * 15);
        String end = String.format(Locale.ROOT, "%02d:%02d", now.getHour() + 1, now.getMinute() / 15 * 15);
        String token = person("Hanna");
        Response booked = book(token, site, "d2", LocalDate.now(CITY), start, end);
        assertEquals(booked.body(), 201, booked.status());
        long id = booked.json().at("/bookings/0/id").asLong();
        assertEquals("booked", status(site, "d2"));
        assertFalse("the code is for staff only", getAnonymously(API + "/sites/" + site + "/spaces/d2").body()
                .contains("checkInCode"));
        String code = get(API + "/sites/" + site + "/spaces/d2", STAFF).json().get("checkInCode").asText();
        Response checkedIn = post(API + "/bookings/" + id + "/check-in", "{\"code\": \"" + code + "\"}", token);
        assertEquals(checkedIn.body(), "checked-in", checkedIn.json().get("state").asText());
        assertEquals("busy", status(site, "d2"));
        assertEquals(409, post(API + "/bookings/" + id + "/cancel", null, token).status());
    }

    static String status(String site, String space) {
        for (JsonNode entry : getAnonymously(API + "/sites/" + site).json().get("spaces")) {
            if (entry.get("id").asText().equals(space)) {
                return entry.path("status").asText();
            }
        }
        return null;
    }

    @Test
    public void hostileInputIsRefused() throws Exception {
        ensureUser(STAFF, "operator");
        ensureUser("work-reader", "reader");
        String site = createSite(STAFF);
        String token = person("Mallory");
        assertEquals(401, put(API + "/sites/x", site(site), null).status());
        assertEquals(403, put(API + "/sites/x", site(site), "work-reader").status());
        assertEquals(400, put(API + "/sites/x", "{\"name\": \"x\", \"evil\": 1}", STAFF).status());
        assertEquals(400, put(API + "/sites/x", site(site).replace("\"latitude\": ", "\"latitude\": 9"), STAFF)
                .status());
        assertEquals(400, put(API + "/sites/x", site(site).replace("06:00-22:00", "22:00-06:00"), STAFF).status());
        assertEquals(413, put(API + "/sites/x", "{\"name\": \"" + "x".repeat(40000) + "\"}", STAFF).status());
        assertEquals(400, put(API + "/sites/" + site + "/spaces/d9", desk("Tisch", "bad sensor id!"), STAFF)
                .status());
        assertEquals("a sensor belongs to one space", 409, put(API + "/sites/" + site + "/spaces/d9",
                desk("Tisch", site + "-s1"), STAFF).status());
        assertEquals(404, getAnonymously(API + "/sites/x'%20or%201=1--").status());
        assertEquals(401, book(null, site, "d1", TOMORROW, "10:00", "11:00").status());
        assertEquals(401, book("forged-token", site, "d1", TOMORROW, "10:00", "11:00").status());
        assertEquals(400, post(API + "/bookings", "{\"site\": \"" + site + "\", \"space\": \"d1\", \"start\": "
                + "\"tomorrow\"}", token).status());
        assertEquals(400, post(API + "/bookings", "{\"site\": \"" + site + "\", \"space\": \"r1\", \"start\": \""
                + at(TOMORROW, "10:00") + "\", \"end\": \"" + at(TOMORROW, "11:00") + "\", \"persons\": 1.5}", token)
                .status());
        assertEquals(400, post(API + "/bookings", "{\"site\": \"" + site + "\", \"space\": \"d2\", \"start\": \""
                + at(TOMORROW, "10:00") + "\", \"end\": \"" + at(TOMORROW, "11:00") + "\", \"repeat\": {\"every\": "
                + "\"week\", \"count\": 1000000}}", token).status());
        assertEquals(400, post(API + "/bookings", "[".repeat(1000) + "]".repeat(1000), token).status());
        assertEquals(413, post(API + "/bookings", "{\"site\": \"" + "x".repeat(5000) + "\"}", token).status());
        assertEquals(404, book(token, site, "nope", TOMORROW, "10:00", "11:00").status());
        assertEquals(400, post(API + "/people", "{\"name\": \"<script>alert(1)</script>\", \"email\": \"no-mail\", "
                + "\"category\": \"resident\", \"consent\": true}", null).status());
        assertEquals(400, post(API + "/people", "{\"name\": \"A\", \"email\": \"a@example.org\", \"category\": "
                + "\"resident\"}", null).status());
        long id = book(token, site, "d1", TOMORROW, "18:00", "19:00").json().get("bookings").get(0).get("id").asLong();
        Response wrongCode = post(API + "/bookings/" + id + "/check-in", "{\"code\": \"000000\"}", token);
        assertEquals(wrongCode.body(), 400, wrongCode.status());
        assertEquals("no one else cancels it", 404, post(API + "/bookings/" + id + "/cancel", null, person("Trudy"))
                .status());
        assertEquals(404, get(API + "/people/feeds/not-a-feed", null).status());
        ensureUser("work-bottrop", "operator", "tenant.bottrop");
        assertEquals("another tenant's staff see nothing", 404, get(API + "/bookings/" + id, "work-bottrop")
                .status());
        assertEquals(404, get(API + "/sites/" + site, "work-bottrop").status());
    }

    @Test
    public void aReinstallKeepsSitesAndBookings() throws Exception {
        ensureUser(STAFF, "operator");
        String site = createSite(STAFF);
        String token = person("Rita");
        long id = book(token, site, "d1", TOMORROW, "15:00", "16:00").json().get("bookings").get(0).get("id").asLong();
        String before = get(API + "/bookings/" + id, STAFF).body();
        features.uninstallFeature("stadtkern-remotework");
        await("remote work gone, the rest healthy", 60, () -> {
            Response health = get("/health");
            return health.status() == 200 && !health.json().path("measures").has("remotework")
                    && health.json().path("measures").has("hinweg");
        });
        features.installFeature("stadtkern-remotework");
        await("remote work back", 60, () -> get("/health").json().path("measures").has("remotework"));
        await("its API answers", 30, () -> get(API + "/bookings/" + id, STAFF).status() == 200);
        assertEquals(before, get(API + "/bookings/" + id, STAFF).body());
        assertEquals(409, book(person("Sam"), site, "d1", TOMORROW, "15:00", "16:00").status());
        assertTrue(getAnonymously(API + "/sites").body().contains(site));

        // the staff take a space away only when nothing holds it
        Response held = http("DELETE", API + "/sites/" + site + "/spaces/d1", null, null, STAFF);
        assertEquals(held.body(), 409, held.status());
        assertEquals(401, http("DELETE", API + "/sites/" + site + "/spaces/d2", null, null, null).status());
        assertEquals(200, http("DELETE", API + "/sites/" + site + "/spaces/d2", null, null, STAFF).status());
        assertEquals(404, getAnonymously(API + "/sites/" + site + "/spaces/d2").status());
        assertEquals(404, book(token, site, "d2", TOMORROW, "15:00", "16:00").status());
    }

    /**
     * The page in a phone-sized headless Chromium, used with the keyboard alone: find the places near a
     * stop, choose the test site, book a desk for tomorrow, see it under "Meine Buchungen", cancel it.
     */
    @Test
    public void aPersonBooksADeskOnAPhoneWithTheKeyboard() throws Exception {
        ensureUser(STAFF, "operator");
        String site = createSite(STAFF);
        String day = TOMORROW.format(DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN));
        try (WebDriver browser = new WebDriver(390, 844)) {
            browser.open(BASE + "/remotework/index.html");
            browser.await("the sites", "return document.querySelectorAll('#sites li').length > 0");
            browser.await("stops offered", "return document.querySelectorAll('#f-stop option').length > 1");
            browser.tabTo("f-stop");
            browser.press(stop.name());
            browser.tabTo("search");
            browser.press(WebDriver.ENTER);
            browser.await("the stop chosen", "return document.getElementById('f-stop').value === '" + stop.id()
                    + "'");
            browser.await("only sites near the stop", "return document.getElementById('book-" + site + "') !== null"
                    + " && [...document.querySelectorAll('#sites li')].every(li => li.textContent.includes("
                    + JSON.writeValueAsString(stop.name()) + "))");
            browser.tabTo("book-" + site);
            browser.press(WebDriver.ENTER);
            browser.await("the booking form", "return !document.getElementById('booking').hidden"
                    + " && document.querySelectorAll('#space option').length > 0");
            browser.tabTo("day");
            browser.press(day);
            browser.await("tomorrow chosen", "return document.getElementById('day').selectedOptions[0].textContent"
                    + " === '" + day + "'");
            browser.tabTo("from");
            browser.press("09:00");
            browser.tabTo("to");
            browser.press("11:00");
            browser.await("a free desk offered", "return document.getElementById('space').value === 'd1'");
            type(browser, "name", "Paula Pendel");
            type(browser, "email", "paula@example.org");
            browser.tabTo("consent");
            browser.press(WebDriver.SPACE);
            browser.tabTo("submit");
            browser.press(WebDriver.ENTER);
            browser.await("an answer", "return !document.getElementById('receipt').hidden"
                    + " || !document.getElementById('problem').hidden");
            assertEquals("no problem", "", browser.script("return document.getElementById('problem').hidden ? '' : "
                    + "document.getElementById('problem').textContent").asText());
            browser.await("listed under my bookings", "return document.querySelectorAll('#mine li').length === 1");
            String id = browser.script("return document.querySelector('#mine li').id.replace('booking-', '')")
                    .asText();
            JsonNode stored = get(API + "/bookings/" + id, STAFF).json();
            assertEquals(site, stored.get("site").asText());
            assertEquals(at(TOMORROW, "09:00").substring(0, 16), java.time.OffsetDateTime.parse(stored.get("start")
                    .asText()).atZoneSameInstant(CITY).toOffsetDateTime().toString().substring(0, 16));
            browser.tabTo("cancel-" + id);
            browser.press(WebDriver.ENTER);
            browser.await("cancelled", "return document.getElementById('booking-" + id + "').textContent"
                    + ".includes('storniert')");
            assertEquals("cancelled", get(API + "/bookings/" + id, STAFF).json().get("state").asText());
        }
    }

    private static void type(WebDriver browser, String field, String text) throws Exception {
        browser.tabTo(field);
        browser.press(text);
    }

    static Response get(String path, String user) {
        return http("GET", path, null, null, user);
    }
}
