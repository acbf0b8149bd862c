package nl.gemeenschapsfonds.base.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** Only in tests: answers a chosen error status the way the server does for it, so every error page can be checked. */
@RestController
class StatusTestController {

    @GetMapping("/public/test-status/{code}")
    void status(@PathVariable int code, HttpServletResponse response) throws IOException {
        response.sendError(code);
    }

    @GetMapping("/public/test-status/crash")
    void crash() {
        throw new IllegalStateException("a bug in a controller");
    }

    @GetMapping("/public/test-status/get-only")
    String getOnly() {
        return "only GET";
    }
}
