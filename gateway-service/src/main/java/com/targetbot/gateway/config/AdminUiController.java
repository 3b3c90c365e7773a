package com.targetbot.gateway.config;

import java.net.URI;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry points of the admin SPA (the admin-ui jar's {@code META-INF/resources/admin/}); its assets are
 * served as static resources under {@code /admin/**}. The SPA routes by URL hash, so one index is enough.
 */
@RestController
class AdminUiController {

    private final Resource index = new ClassPathResource("META-INF/resources/admin/index.html");

    @GetMapping("/admin")
    ResponseEntity<Void> redirect() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create("/admin/"))
                .build();
    }

    /** The index is never cached, so a new deployment's hashed asset names are picked up at once. */
    @GetMapping("/admin/")
    ResponseEntity<Resource> index() {
        if (!index.exists()) {
            var error = new ErrorResponseException(HttpStatus.NOT_FOUND);
            error.setDetail("The admin UI is not packaged in this build");
            throw error;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .body(index);
    }
}
