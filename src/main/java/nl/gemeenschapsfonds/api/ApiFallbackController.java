package nl.gemeenschapsfonds.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api: 404 as problem+json (not the application's HTML page), also for a trailing slash. */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound() {
        return ApiProblems.response(HttpStatus.NOT_FOUND, "There is no such resource in this API.");
    }
}
