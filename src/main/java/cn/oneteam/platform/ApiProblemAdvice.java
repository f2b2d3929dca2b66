package cn.oneteam.platform;

import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of the JSON API leaves as a localised RFC 9457 problem with a stable type. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final Problems problems;

	ApiProblemAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(request, HttpStatus.valueOf(violation.status()), violation.code(),
				(Object[]) violation.arguments());
		violation.details().forEach(problem::setProperty);
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		return Problems.violationBehind(e)
			.map(violation -> ruleViolation(violation, request))
			.orElseGet(() -> respond(problems.problem(request, HttpStatus.BAD_REQUEST, "request.parameter-malformed",
					e.getName(), String.valueOf(e.getValue()))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
			HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.BAD_REQUEST, "request.parameter-missing",
				e.getParameterName()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.BAD_REQUEST, "request.parameter-missing",
				e.getRequestPartName()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		return Problems.violationBehind(e)
			.map(violation -> ruleViolation(violation, request))
			.or(() -> Problems.missingValueBehind(e).map(field -> {
				ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "request.field-missing", field);
				problem.setProperty("errors", List.of(fieldError(field, problem.getDetail())));
				return respond(problem);
			}))
			.or(() -> Problems.unknownValueBehind(e).map(unknown -> {
				ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "request.value-unknown",
						unknown.field(), unknown.value(), unknown.allowed());
				problem.setProperty("errors", List.of(fieldError(unknown.field(), problem.getDetail())));
				return respond(problem);
			}))
			.orElseGet(() -> respond(problems.problem(request, HttpStatus.BAD_REQUEST, "request.body-malformed")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.BAD_REQUEST, "request.body-malformed"));
	}

	/**
	 * A value the database refused as data (too long for its column, out of range, not storable text): the
	 * modules check what they know first; this is the last line, so that it is never a 500 (docs/adr/0012-bad-input.md).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> refusedByDatabase(DataAccessException e, HttpServletRequest request) {
		if (!Problems.isDataException(e)) {
			return unexpected(e, request);
		}
		log.warn("Value refused by the database on {} {}: {}", request.getMethod(), request.getRequestURI(),
				Problems.sqlState(e));
		return respond(problems.problem(request, HttpStatus.BAD_REQUEST, "request.value-refused"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		return respond(invalid(request, e.getBindingResult().getFieldErrors().stream()
			.map(error -> fieldError(error.getField(), problems.message(request, error)))
			.toList()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
		return respond(invalid(request, e.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> fieldError(String.valueOf(result.getMethodParameter().getParameterName()),
						problems.message(request, error))))
			.toList()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidValues(ConstraintViolationException e, HttpServletRequest request) {
		return respond(invalid(request, e.getConstraintViolations().stream()
			.map(violation -> fieldError(String.valueOf(violation.getPropertyPath()), violation.getMessage()))
			.toList()));
	}

	private ProblemDetail invalid(HttpServletRequest request, List<Map<String, String>> errors) {
		ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "request.invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.CONTENT_TOO_LARGE, "request.too-large"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
			HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed",
				e.getMethod()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type-unsupported",
				String.valueOf(e.getContentType())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.UNAUTHORIZED, "access.unauthenticated"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(DuplicateKeyException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.CONFLICT, "request.conflict"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
		return respond(problems.problem(request, HttpStatus.FORBIDDEN, "access.denied"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return respond(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "server.error"));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}
}
