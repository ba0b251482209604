package org.trustbricks.web.mud;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves published MUD files and signatures straight from {@link HostedFiles} at the Jetty level, ahead of the web
 * framework, so the hot path is a map lookup and one write. GET and HEAD only; If-None-Match (weak comparison, as
 * RFC 9110 section 13.1.2 asks) and, without it, If-Modified-Since answer 304. Everything else goes on to the
 * application, which answers the paths that are not (or not yet) in memory.
 */
final class HostingHandler extends Handler.Wrapper {

    private final HostedFiles files;
    private final Counter served;
    private final Counter notModified;

    HostingHandler(HostedFiles files, MeterRegistry metrics) {
        this.files = files;
        this.served = Counter.builder("mud_hosting_responses_total").tag("status", "200").register(metrics);
        this.notModified = Counter.builder("mud_hosting_responses_total").tag("status", "304").register(metrics);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if (!head && !HttpMethod.GET.is(method)) {
            return super.handle(request, response, callback);
        }
        String path = request.getHttpURI().getPath();
        HostedFiles.Entry entry = path == null || !path.startsWith("/mud/") ? null : files.get(path);
        if (entry == null) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable out = response.getHeaders();
        for (HttpField f : entry.headers()) {
            out.add(f);
        }
        if (notModified(request.getHeaders(), entry)) {
            notModified.increment();
            response.setStatus(304);
            callback.succeeded();
            return true;
        }
        served.increment();
        response.setStatus(200);
        out.add(entry.contentLength());
        if (head) {
            callback.succeeded();
        } else {
            response.write(true, entry.body().slice(), callback);
        }
        return true;
    }

    static boolean notModified(HttpFields headers, HostedFiles.Entry entry) {
        String ifNoneMatch = headers.get(HttpHeader.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Conditional.etagMatches(ifNoneMatch, entry.etag());
        }
        String ifModifiedSince = headers.get(HttpHeader.IF_MODIFIED_SINCE);
        return ifModifiedSince != null && Conditional.notModifiedSince(ifModifiedSince, entry.lastModified());
    }
}
