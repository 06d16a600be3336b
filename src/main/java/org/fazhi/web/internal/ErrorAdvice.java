package org.fazhi.web.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.StaleRecord;
import org.fazhi.shared.web.Conflicts;
import org.fazhi.shared.web.FormPages;
import org.fazhi.web.internal.ErrorResponder.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every exception to its answer. Bad input is 400, a broken rule 422, out of scope 403/404, oversize 413, wrong
 * media type 415, a lost race 409 (who changed the record and when); anything unexpected is logged with its stack trace and answered 500 without one.
 */
@ControllerAdvice
@Order(0)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final ErrorResponder responder;
    private final Conflicts conflicts;

    ErrorAdvice(ErrorResponder responder, Conflicts conflicts) {
        this.responder = responder;
        this.conflicts = conflicts;
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView rule(RuleViolation e, HttpServletRequest rq, HttpServletResponse rs) {
        List<Violation> v = new ArrayList<>();
        for (var p : e.problems()) {
            v.add(new Violation(p.field(), responder.message(p.messageKey(), p.args())));
        }
        return responder.respond(rq, rs, HttpStatus.UNPROCESSABLE_CONTENT, responder.message(e.messageKey(), e.args()),
                v);
    }

    @ExceptionHandler(org.fazhi.shared.BadRequest.class)
    ModelAndView badRequest(org.fazhi.shared.BadRequest e, HttpServletRequest rq, HttpServletResponse rs) {
        String message = responder.message(e.messageKey(), e.args());
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, message, List.of(new Violation(e.field(), message)));
    }

    /** Too many requests from one client address: the portal's pages answer with a page, the API never gets here. */
    @ExceptionHandler(RateLimited.class)
    ModelAndView rateLimited(RateLimited e, HttpServletRequest rq, HttpServletResponse rs) {
        rs.setHeader("Retry-After", String.valueOf(RateLimiter.WINDOW_SECONDS));
        return responder.respond(rq, rs, HttpStatus.TOO_MANY_REQUESTS, responder.message("error.rateLimited.page"),
                List.of());
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.NOT_FOUND, responder.message("error.notFound"), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource(NoResourceFoundException e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.NOT_FOUND, responder.message("error.notFound"), List.of());
    }

    @ExceptionHandler(AccessDenied.class)
    ModelAndView scope(AccessDenied e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.FORBIDDEN, responder.message(e.messageKey()), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.FORBIDDEN, responder.message("error.forbidden"), List.of());
    }

    @ExceptionHandler(BindException.class)
    ModelAndView binding(BindException e, HttpServletRequest rq, HttpServletResponse rs) {
        List<Violation> v = e.getFieldErrors().stream().map(f -> new Violation(f.getField(),
                f.isBindingFailure() ? responder.message("error.field.type") : responder.message(f))).toList();
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.fields"), v);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView methodValidation(HandlerMethodValidationException e, HttpServletRequest rq,
                                  HttpServletResponse rs) {
        List<Violation> v = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> v.add(new Violation(
                r.getMethodParameter().getParameterName(), responder.message(err)))));
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.fields"), v);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ModelAndView constraint(ConstraintViolationException e, HttpServletRequest rq, HttpServletResponse rs) {
        List<Violation> v = e.getConstraintViolations().stream().map(c -> new Violation(
                String.valueOf(c.getPropertyPath()), responder.message(c.getMessage()))).toList();
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.fields"), v);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.body"),
                List.of());
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ModelAndView badParam(Exception e, HttpServletRequest rq, HttpServletResponse rs) {
        String name = e instanceof TypeMismatchException t ? t.getPropertyName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        String key = e instanceof TypeMismatchException ? "error.field.type" : "error.field.required";
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.fields"),
                List.of(new Violation(name, responder.message(key))));
    }

    /** The firewall's checks of parameter values run when a parameter is read, here after the filters. */
    @ExceptionHandler(RequestRejectedException.class)
    ModelAndView rejected(RequestRejectedException e, HttpServletRequest rq, HttpServletResponse rs) {
        log.debug("request refused by the firewall: {} {}: {}", rq.getMethod(), rq.getRequestURI(), e.getMessage());
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.value"),
                List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.CONTENT_TOO_LARGE, responder.message("error.tooLarge"),
                List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(MultipartException e, HttpServletRequest rq, HttpServletResponse rs) {
        if (e.getMostSpecificCause() != null
                && String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase().contains("size")) {
            return tooLarge(null, rq, rs);
        }
        return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.multipart"),
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.UNSUPPORTED_MEDIA_TYPE, responder.message("error.mediaType"),
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(Exception e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.NOT_ACCEPTABLE, responder.message("error.notAcceptable"),
                List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(Exception e, HttpServletRequest rq, HttpServletResponse rs) {
        return responder.respond(rq, rs, HttpStatus.METHOD_NOT_ALLOWED, responder.message("error.method"),
                List.of());
    }

    /**
     * A lost race: the change was based on a stale version, or another change of the record committed first. The
     * answer names who changed the record and when; a page offers to reload the page the change came from.
     */
    @ExceptionHandler({StaleRecord.class, ObjectOptimisticLockingFailureException.class,
            OptimisticLockException.class})
    ModelAndView conflict(Exception e, HttpServletRequest rq, HttpServletResponse rs) {
        ModelAndView page = responder.respond(rq, rs, HttpStatus.CONFLICT, conflicts.explain(e), List.of());
        if (page != null) {
            page.addObject("reload", FormPages.reloadUrl(rq));
        }
        return page;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest rq, HttpServletResponse rs) {
        if (isDataException(e)) {
            // SQLSTATE class 22 (data exception): a value the database cannot store as given, such as a NUL byte in
            // PostgreSQL text; the request is at fault, not a conflict with stored data
            log.warn("unstorable value on {}: {}", rq.getRequestURI(), e.getMostSpecificCause().getMessage());
            return responder.respond(rq, rs, HttpStatus.BAD_REQUEST, responder.message("error.badRequest.value"),
                    List.of());
        }
        log.warn("integrity violation on {}: {}", rq.getRequestURI(), e.getMostSpecificCause().getMessage());
        return responder.respond(rq, rs, HttpStatus.CONFLICT, responder.message("error.integrity"), List.of());
    }

    private static boolean isDataException(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client went away while its answer was written (a cancelled download, a scanner dropping connections):
     * nothing to answer and nothing wrong with the server, so no stack trace either.
     */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    ModelAndView clientGone(Exception e, HttpServletRequest rq) {
        log.debug("client went away on {} {}: {}", rq.getMethod(), rq.getRequestURI(), e.getMessage());
        return null;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest rq, HttpServletResponse rs) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse er) {
            HttpStatus status = HttpStatus.resolve(er.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                // the exception's own message where the bundles have one, else the status's title
                String detail = responder.message(er.getDetailMessageCode());
                if (detail.equals(er.getDetailMessageCode())) {
                    detail = responder.message("error.title." + status.value());
                }
                return responder.respond(rq, rs, status, detail, List.of());
            }
        }
        log.error("unexpected error on {} {}", rq.getMethod(), rq.getRequestURI(), e);
        return responder.respond(rq, rs, HttpStatus.INTERNAL_SERVER_ERROR, responder.message("error.internal"),
                List.of());
    }
}
