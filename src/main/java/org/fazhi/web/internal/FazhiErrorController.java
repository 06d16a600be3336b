package org.fazhi.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside a controller (filters, the servlet container, the firewall's rejections) get the same answers
 * as the others. {@code /error} asked for directly is not an error that happened: it is answered 404.
 */
@Controller
@PublicEndpoint
class FazhiErrorController implements ErrorController {

    private final ErrorResponder responder;

    FazhiErrorController(ErrorResponder responder) {
        this.responder = responder;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest rq, HttpServletResponse rs) {
        Object code = rq.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && rq.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            return responder.respond(rq, rs, HttpStatus.NOT_FOUND, responder.message("error.notFound"), List.of());
        }
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object ex = rq.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (ex instanceof Throwable t && hasCause(t, "SizeLimitExceeded", "FileSizeLimitExceeded",
                "MaxUploadSizeExceeded")) {
            status = HttpStatus.CONTENT_TOO_LARGE;
        }
        String key = switch (status.value()) {
            case 400 -> "error.badRequest.body";
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 413 -> "error.tooLarge";
            case 415 -> "error.mediaType";
            case 429 -> "error.rateLimited.page";
            default -> status.is4xxClientError() ? "error.title." + status.value() : "error.internal";
        };
        return responder.respond(rq, rs, status, responder.message(key), List.of());
    }

    private static boolean hasCause(Throwable t, String... names) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (String n : names) {
                if (c.getClass().getSimpleName().contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
