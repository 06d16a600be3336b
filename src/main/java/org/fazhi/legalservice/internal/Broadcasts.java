package org.fazhi.legalservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法治直播间 — the schedule the judicial office keeps (date and time, topic, guests, platform, link), the figures after
 * a broadcast, and the questions the public leaves on the portal for one to come.
 */
@Service
@Transactional
public class Broadcasts {

    static final int MAX_GUESTS = 10;
    static final int MAX_FIGURE = 100_000_000;

    private final BroadcastRepository broadcasts;
    private final BroadcastGuestRepository guests;
    private final BroadcastQuestionRepository questions;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Clock clock;

    Broadcasts(BroadcastRepository broadcasts, BroadcastGuestRepository guests, BroadcastQuestionRepository questions,
               OrgDirectory directory, DataScope dataScope, Clock clock) {
        this.broadcasts = broadcasts;
        this.guests = guests;
        this.questions = questions;
        this.directory = directory;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    public record Guest(String name, GuestRole role) {
    }

    public record NewBroadcast(LocalDateTime startsAt, String topic, String platform, String link,
                               List<Guest> guests) {
    }

    /** Schedules a broadcast of the caller's town. */
    public Broadcast schedule(NewBroadcast n) {
        Input in = new Input();
        if (n.startsAt() == null) {
            in.problem("startsAt", Input.REQUIRED);
        }
        String topic = in.text("topic", n.topic(), 200, true);
        String platform = in.text("platform", n.platform(), 100, true);
        String link = in.text("link", n.link(), 500, true);
        List<Guest> list = n.guests() == null ? List.of() : n.guests();
        if (list.isEmpty() || list.size() > MAX_GUESTS) {
            in.problem("guests", "legalservice.broadcast.guests", String.valueOf(MAX_GUESTS));
        }
        for (Guest g : list) {
            if (g == null || g.role() == null || g.name() == null || g.name().isBlank() || g.name().strip().length() > 50) {
                in.problem("guests", "legalservice.broadcast.guest");
                break;
            }
        }
        OrgUnitView town = DataScope.currentUser().map(u -> u.homeUnit().townId()).map(directory::get)
                .filter(t -> dataScope.canWriteHeldBy(t.id())).orElse(null);
        if (town == null) {
            in.problem("topic", "legalservice.broadcast.noTown");
        }
        in.check();
        Broadcast b = broadcasts.save(new Broadcast(n.startsAt(), topic, platform, link, town));
        int i = 0;
        for (Guest g : list) {
            guests.save(new BroadcastGuest(b, g.name().strip(), g.role(), ++i, town));
        }
        return b;
    }

    public record Outcome(Integer viewers, Integer questionsReceived, Integer questionsAnswered, String replayLink) {
    }

    /** The figures after the broadcast. */
    public Broadcast recordOutcome(long id, Outcome o) {
        Broadcast b = broadcast(id);
        Input in = new Input();
        Integer viewers = figure(in, "viewers", o.viewers());
        Integer received = figure(in, "questionsReceived", o.questionsReceived());
        Integer answered = figure(in, "questionsAnswered", o.questionsAnswered());
        String replay = in.text("replayLink", o.replayLink(), 500, false);
        in.check();
        b.recordOutcome(viewers, received, answered, replay, now());
        return b;
    }

    private static Integer figure(Input in, String field, Integer value) {
        if (value == null) {
            in.problem(field, Input.REQUIRED);
            return null;
        }
        return in.number(field, value, 0, MAX_FIGURE);
    }

    /** A question from the portal for a broadcast of the town still to come. Runs as the platform. */
    public BroadcastQuestion leaveQuestion(long townId, long broadcastId, String text) {
        Broadcast b = broadcasts.findById(broadcastId).filter(x -> x.getTownId() == townId)
                .orElseThrow(() -> new NotFound("broadcast", broadcastId));
        String q = Input.requireText("question", text, 500);
        if (!b.upcoming(now())) {
            throw new RuleViolation("legalservice.broadcast.over");
        }
        return questions.save(new BroadcastQuestion(b, q, LocalDate.now(clock), directory.get(b.getHolderUnitId())));
    }

    @Transactional(readOnly = true)
    public Broadcast broadcast(long id) {
        return broadcasts.findById(id).orElseThrow(() -> new NotFound("broadcast", id));
    }

    @Transactional(readOnly = true)
    public List<Broadcast> all() {
        return broadcasts.findAllByOrderByStartsAtDesc();
    }

    /** The broadcasts of a town for the portal. Runs as the platform. */
    @Transactional(readOnly = true)
    public List<Broadcast> ofTown(long townId) {
        return broadcasts.findByTownIdOrderByStartsAtDesc(townId);
    }

    @Transactional(readOnly = true)
    public List<BroadcastGuest> guestsOf(long broadcastId) {
        return guests.findByBroadcastIdOrderBySortOrderAsc(broadcastId);
    }

    /** The questions left for a broadcast, for its host. */
    @Transactional(readOnly = true)
    public List<BroadcastQuestion> questionsOf(long broadcastId) {
        return questions.findByBroadcastIdOrderByIdAsc(broadcast(broadcastId).getId());
    }

    @Transactional(readOnly = true)
    public List<Broadcast> between(LocalDateTime from, LocalDateTime to) {
        return broadcasts.findByStartsAtBetween(from, to);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
