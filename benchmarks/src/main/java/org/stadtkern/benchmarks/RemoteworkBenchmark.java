package org.stadtkern.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The remote work sites under load: bookings per second and their latency with clients competing for
 * the same desks (each refusal a 409 from the database's key), then reads of the list of sites with
 * live occupancy and of a day's availability. Usage: RemoteworkBenchmark [bookings] [clients]
 */
public final class RemoteworkBenchmark {

    private static final String BASE = "http://localhost:8181/api/remotework";
    private static final ZoneId CITY = ZoneId.of("Europe/Berlin");
    private static final int DESKS = 40;

    private RemoteworkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int bookings = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Sta sta = new Sta("http://localhost:8181");
        String site = "bench-" + System.currentTimeMillis();
        setUp(sta, site);
        List<String> tokens = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients * 10; i++) {
            tokens.add(Sta.JSON.readTree(post(sta, "/people", "{\"name\": \"Bench " + i + "\", \"email\": "
                    + "\"bench" + i + "@example.org\", \"category\": \"resident\", \"consent\": true}", null).body())
                    .get("token").asText());
        }
        System.out.printf(Locale.ROOT, "registrations       %.0f/s (%d)%n",
                tokens.size() / ((System.nanoTime() - started) / 1e9), tokens.size());
        book(sta, site, tokens, bookings, clients);
        reads(sta, "sites with occupancy", "/sites", 500);
        reads(sta, "a day's availability", "/sites/" + site + "/availability?date=" + LocalDate.now(CITY)
                .plusDays(1), 500);
    }

    private static void setUp(Sta sta, String site) throws Exception {
        StringBuilder hours = new StringBuilder();
        for (String day : List.of("mo", "tu", "we", "th", "fr", "sa", "su")) {
            hours.append(hours.length() == 0 ? "" : ", ").append('"').append(day).append("\": \"00:00-23:45\"");
        }
        check(sta.send(Sta.request(URI.create(BASE + "/sites/" + site)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Benchmark\", \"kind\": \"other\", "
                        + "\"operator\": \"bench\", \"address\": {\"street\": \"Markt 1\", \"postcode\": \"46045\", "
                        + "\"city\": \"Oberhausen\"}, \"latitude\": 51.47, \"longitude\": 6.85, \"openingHours\": {"
                        + hours + "}, \"policy\": {\"maxMinutes\": 120, \"maxUpcoming\": 100000, \"daysAhead\": 14, "
                        + "\"graceMinutes\": 15}}")).build()), 201);
        for (int d = 0; d < DESKS; d++) {
            check(sta.send(Sta.request(URI.create(BASE + "/sites/" + site + "/spaces/d" + d))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"Desk " + d + "\", \"type\": \"desk\", \"capacity\": 1, \"mode\": "
                                    + "\"bookable\", \"approval\": false, \"shared\": false, \"equipment\": [], "
                                    + "\"sensor\": null}")).build()), 201);
        }
    }

    /** Clients book two hours at random desks, days and hours, many competing for the same. */
    private static void book(Sta sta, String site, List<String> tokens, int total, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        Sta.concurrently(clients, () -> {
            java.util.Random random = new java.util.Random();
            while (next.getAndIncrement() < total) {
                LocalDate day = LocalDate.now(CITY).plusDays(1 + random.nextInt(13));
                int hour = random.nextInt(22);
                String body = "{\"site\": \"" + site + "\", \"space\": \"d" + random.nextInt(DESKS) + "\", "
                        + "\"start\": \"" + at(day, hour) + "\", \"end\": \"" + at(day, hour + 2) + "\"}";
                long t = System.nanoTime();
                try {
                    int status = post(sta, "/bookings", body, tokens.get(random.nextInt(tokens.size())))
                            .statusCode();
                    latencies.add(System.nanoTime() - t);
                    (status == 201 ? booked : status == 409 ? refused : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "booking requests    %.0f/s with %d clients (%d booked, %d refused as taken, "
                + "%d failed)%n", total / seconds, clients, booked.get(), refused.get(), failed.get());
        System.out.println("booking latency     " + Sta.percentiles(latencies.stream().mapToLong(Long::longValue)
                .toArray()));
    }

    private static void reads(Sta sta, String what, String path, int count) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            check(sta.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build()), 200);
            latencies.add(System.nanoTime() - t);
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "%-19s %s%n", what, Sta.percentiles(latencies.stream()
                .mapToLong(Long::longValue).toArray()));
    }

    private static String at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(CITY).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static HttpResponse<String> post(Sta sta, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-Booker-Token", token);
        }
        return sta.send(request.build());
    }

    private static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }
}
