package nl.gemeenschapsfonds.api;

import jakarta.servlet.http.HttpServletResponse;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json} with status, title and detail (API Design
 * Rules, /core/error-handling/problem-details). Also written by the security chain for 401 and 403.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    static ResponseEntity<ProblemDetail> response(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status, detail));
    }

    /** For filters and security handlers, outside Spring MVC. */
    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemDetail problem = problem(status, detail);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return response(HttpStatus.NOT_FOUND, "The resource does not exist or is not yours to read.");
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return response(HttpStatus.BAD_REQUEST, "Invalid parameter: " + e.problems().stream()
                .map(InvalidInputException.Problem::field).distinct().reduce((a, b) -> a + ", " + b).orElse("?"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return response(HttpStatus.BAD_REQUEST, "Invalid value for parameter '" + e.getName() + "'.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return response(HttpStatus.BAD_REQUEST, "Missing parameter '" + e.getParameterName() + "'.");
    }

    @ExceptionHandler(ApiAccessDenied.class)
    ResponseEntity<ProblemDetail> denied(ApiAccessDenied e) {
        return response(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** The token is valid but lacks the scope (or the authority) for this resource. */
    static class ApiAccessDenied extends RuntimeException {
        ApiAccessDenied(String message) {
            super(message);
        }
    }
}
