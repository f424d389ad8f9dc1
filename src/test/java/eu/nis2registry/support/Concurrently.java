package eu.nis2registry.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends the same request from several threads released at once, as several clients (or several service
 * instances behind a load balancer) would. Plain java.net.http, since REST Assured is not made for threads.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /** The answers (status and body) of {@code count} simultaneous POSTs of {@code json} to {@code uri}. */
    public static List<HttpResponse<String>> post(URI uri, String token, String json, int count) throws Exception {
        return send("POST", uri, token, json, count);
    }

    /** The answers of {@code count} simultaneous PUTs of {@code json} to {@code uri}. */
    public static List<HttpResponse<String>> put(URI uri, String token, String json, int count) throws Exception {
        return send("PUT", uri, token, json, count);
    }

    private static List<HttpResponse<String>> send(String method, URI uri, String token, String json, int count)
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                out.add(answer.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
