package org.fazhi.portal.web;

import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PublicEndpoint
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
