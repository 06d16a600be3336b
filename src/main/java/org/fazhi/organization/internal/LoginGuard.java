package org.fazhi.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.internal.SecurityLog.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 登录防护 — the one way a password is checked, for the login form and HTTP Basic alike.
 * <ul>
 * <li>Throttling: after a few consecutive failures for one account name, or many from one client address, the next
 * try must wait, the wait doubling with each further failure; a try that comes too early is refused without looking
 * at the password. The account is locked (per the password policy) only after these delays, so a lockout costs an
 * attacker minutes, not a burst of requests; the security administrator lifts it.</li>
 * <li>One answer: a wrong password, an unknown name, a locked, disabled or waiting account all fail the same way.</li>
 * <li>Tries for one account are checked one at a time, so parallel wrong passwords neither race past the count nor
 * collide on the account row; failures go to the {@link SecurityLog}, not the audit chain.</li>
 * </ul>
 * The counters live in memory per node (like the public rate limits); the lock itself is on the account.
 */
@Component
class LoginGuard implements AuthenticationProvider {

    /** How long an unused counter is kept: failures older than this no longer count. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final AppUserRepository users;
    private final AccountService accounts;
    private final SecurityLog log;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final long firstDelayMillis;
    private final long maxDelayMillis;
    private final Map<String, Counter> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Counter> byAddress = new ConcurrentHashMap<>();
    private final ReentrantLock[] stripes = new ReentrantLock[64];
    private volatile String dummyHash;

    LoginGuard(AccountService accounts, PasswordEncoder encoder, AppUserRepository users, SecurityLog log,
               TransactionTemplate tx, Clock clock,
               @Value("${fazhi.login.free-failures:2}") int accountFreeFailures,
               @Value("${fazhi.login.address-free-failures:20}") int addressFreeFailures,
               @Value("${fazhi.login.first-delay:PT2S}") Duration firstDelay,
               @Value("${fazhi.login.max-delay:PT15M}") Duration maxDelay) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.encoder = encoder;
        this.users = users;
        this.accounts = accounts;
        this.log = log;
        this.tx = tx;
        this.clock = clock;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.firstDelayMillis = firstDelay.toMillis();
        this.maxDelayMillis = maxDelay.toMillis();
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication auth) throws AuthenticationException {
        String name = key(auth.getName());
        String address = auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        ReentrantLock lock = stripes[Math.floorMod(name.hashCode(), stripes.length)];
        try {
            if (!lock.tryLock(10, TimeUnit.SECONDS)) {
                log.record(Kind.LOGIN_THROTTLED, name, address, "同一账户的并发登录过多");
                throw refused();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused();
        }
        try {
            return check(auth, name, address);
        } finally {
            lock.unlock();
        }
    }

    private Authentication check(Authentication auth, String name, String address) {
        long now = clock.millis();
        Counter account = counter(byAccount, name, now);
        Counter fromAddress = address == null ? null : counter(byAddress, address, now);
        if (account.waiting(now) || (fromAddress != null && fromAddress.waiting(now))) {
            boolean first = account.firstRefusal() | (fromAddress != null && fromAddress.firstRefusal());
            if (first) {
                log.record(Kind.LOGIN_THROTTLED, name, address, account.waiting(now) ? "账户须等待后再试"
                        : "来源地址须等待后再试");
            }
            throw refused();
        }
        try {
            Authentication result = passwords.authenticate(auth);
            byAccount.remove(name);
            if (address != null) {
                byAddress.remove(address);
            }
            return result;
        } catch (BadCredentialsException e) {
            int failures = account.fail(now, accountFreeFailures);
            if (fromAddress != null) {
                fromAddress.fail(now, addressFreeFailures);
            }
            log.record(Kind.LOGIN_FAILED, name, address, "连续失败 " + failures + " 次");
            lockIfDue(name, address, failures);
            throw refused();
        } catch (LockedException e) {
            evenTheTime(auth);
            log.record(Kind.LOGIN_LOCKED, name, address, null);
            if (fromAddress != null) {
                fromAddress.fail(now, addressFreeFailures);
            }
            throw refused();
        } catch (AccountStatusException e) {
            evenTheTime(auth);
            log.record(e instanceof DisabledException ? Kind.LOGIN_DISABLED : Kind.LOGIN_LOCKED, name, address, null);
            throw refused();
        }
    }

    /** Locks the account once the policy's number of failures is reached (only after the delays above). */
    private void lockIfDue(String name, String address, int failures) {
        PasswordPolicy policy = DataScope.asSystem(() -> tx.execute(s -> accounts.currentPolicy()));
        if (failures < policy.getMaxFailedAttempts()) {
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Boolean locked = DataScope.asSystem(() -> tx.execute(s -> users.findByUsername(name).map(u -> {
                    u.lockAfterFailures(failures, policy.getLockMinutes(), clock.instant());
                    return true;
                }).orElse(false)));
                byAccount.remove(name);
                if (Boolean.TRUE.equals(locked)) {
                    log.record(Kind.ACCOUNT_LOCKED, name, address, "连续失败 " + failures + " 次，锁定 "
                            + policy.getLockMinutes() + " 分钟");
                }
                return;
            } catch (OptimisticLockingFailureException e) {
                // the account row changed meanwhile (an administrator's edit): read it again and lock it then
            }
        }
    }

    /** Forgets the counters of an account whose lock an administrator lifted, and logs the lifting. */
    void unlocked(String username) {
        byAccount.remove(key(username));
        log.record(Kind.ACCOUNT_UNLOCKED, key(username), null, null);
    }

    /** A locked account answers after the same password hashing as any other, so timing tells nothing either. */
    private void evenTheTime(Authentication auth) {
        if (dummyHash == null) {
            dummyHash = encoder.encode("fazhi-timing-equaliser");
        }
        encoder.matches(String.valueOf(auth.getCredentials()), dummyHash);
    }

    private Counter counter(Map<String, Counter> map, String key, long now) {
        if (map.size() > 50_000) {
            map.entrySet().removeIf(e -> e.getValue().idleSince(now) > FORGET_AFTER.toMillis());
        }
        Counter c = map.computeIfAbsent(key, k -> new Counter());
        if (c.idleSince(now) > FORGET_AFTER.toMillis()) {
            c.reset();
        }
        return c;
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }

    private static String key(String username) {
        String s = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return s.length() <= 100 ? s : s.substring(0, 100);
    }

    /** Consecutive failures of one account name or one address, and until when the next try must wait. */
    private final class Counter {
        private int failures;
        private long lastFailure;
        private long nextAllowed;
        private boolean refusalLogged;

        synchronized boolean waiting(long now) {
            return now < nextAllowed;
        }

        /** Whether this is the first refusal of the current wait (only that one is logged: no flood of rows). */
        synchronized boolean firstRefusal() {
            boolean first = !refusalLogged;
            refusalLogged = true;
            return first;
        }

        synchronized int fail(long now, int free) {
            failures++;
            lastFailure = now;
            if (failures >= free) {
                int doublings = Math.min(failures - free, 30);
                nextAllowed = now + Math.min(firstDelayMillis << doublings, maxDelayMillis);
                refusalLogged = false;
            }
            return failures;
        }

        synchronized long idleSince(long now) {
            return lastFailure == 0 ? Long.MAX_VALUE : now - lastFailure;
        }

        synchronized void reset() {
            failures = 0;
            lastFailure = 0;
            nextAllowed = 0;
            refusalLogged = false;
        }
    }
}
