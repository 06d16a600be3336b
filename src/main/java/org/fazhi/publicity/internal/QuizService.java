package org.fazhi.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.BadRequest;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 题库与在线答题 — the question bank, the quizzes made of it, and the public's answers: an answer sheet is marked
 * against the bank and kept as village, score and day only.
 */
@Service
@Transactional
public class QuizService {

    /** A 判断 question's two choices when the bank leaves them empty. */
    static final List<String> TRUE_FALSE_OPTIONS = List.of("正确", "错误");

    private final QuestionRepository questions;
    private final QuizRepository quizzes;
    private final QuizAnswerRepository answers;
    private final Themes themes;
    private final OrgDirectory directory;
    private final Clock clock;

    QuizService(QuestionRepository questions, QuizRepository quizzes, QuizAnswerRepository answers, Themes themes,
                OrgDirectory directory, Clock clock) {
        this.questions = questions;
        this.quizzes = quizzes;
        this.answers = answers;
        this.themes = themes;
        this.directory = directory;
        this.clock = clock;
    }

    /** A question as the bank lists it; {@code options} are A–D in order, {@code answer} the right letters. */
    public record NewQuestion(QuestionKind kind, String stem, List<String> options, List<String> answer,
                              String explanation, String legalBasis, String theme) {
    }

    public Question addQuestion(NewQuestion q) {
        OrgUnitView holder = Activities.holderOfCaller();
        Input in = new Input();
        if (q.kind() == null) {
            in.problem("kind", Input.REQUIRED);
        }
        String stem = in.text("stem", q.stem(), 1000, true);
        List<String> options = new ArrayList<>(q.options() == null ? List.of() : q.options());
        while (options.size() < 4) {
            options.add(null);
        }
        if (q.kind() == QuestionKind.TRUE_FALSE && blank(options.get(0)) && blank(options.get(1))) {
            options.set(0, TRUE_FALSE_OPTIONS.get(0));
            options.set(1, TRUE_FALSE_OPTIONS.get(1));
        }
        String[] fields = {"optionA", "optionB", "optionC", "optionD"};
        for (int i = 0; i < 4; i++) {
            options.set(i, in.text(fields[i], options.get(i), 300, false));
        }
        if (q.kind() != null) {
            if (blank(options.get(0)) || blank(options.get(1))) {
                in.problem("optionB", "publicity.question.twoOptions");
            }
            List<String> letters = q.answer() == null ? List.of() : q.answer();
            if (!q.kind().accepts(letters)) {
                in.problem("answer", "publicity.answer.choices", q.kind().label());
            } else if (letters.stream().anyMatch(l -> blank(options.get(l.charAt(0) - 'A')))) {
                in.problem("answer", "publicity.question.answerWithoutOption");
            }
        }
        String theme = in.text("theme", q.theme(), 40, false);
        if (theme != null && !themes.of(holder.townId()).contains(theme)) {
            in.problem("theme", "publicity.theme.unknown", theme);
        }
        in.check();
        return questions.save(new Question(new NewQuestion(q.kind(), stem, options, q.answer(),
                in.text("explanation", q.explanation(), 2000, false), in.text("legalBasis", q.legalBasis(), 500,
                false), theme), holder));
    }

    public Quiz createQuiz(String title, String theme, LocalDate opensOn, LocalDate closesOn, List<Long> ids) {
        OrgUnitView holder = Activities.holderOfCaller();
        Input in = new Input();
        String t = in.text("title", title, 200, true);
        String th = in.text("theme", theme, 40, false);
        if (opensOn == null) {
            in.problem("opensOn", Input.REQUIRED);
        }
        if (closesOn == null) {
            in.problem("closesOn", Input.REQUIRED);
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            in.problem("closesOn", "publicity.quiz.closesBeforeOpens");
        }
        List<Long> chosen = List.copyOf(new LinkedHashSet<>(ids == null ? List.of() : ids));
        if (chosen.isEmpty()) {
            in.problem("questionIds", Input.REQUIRED);
        }
        chosen.stream().filter(id -> id == null || questions.findById(id)
                        .filter(q -> q.getTownId().equals(holder.townId())).isEmpty())
                .findFirst().ifPresent(id -> in.problem("questionIds", "publicity.quiz.unknownQuestion",
                        String.valueOf(id)));
        in.check();
        return quizzes.save(new Quiz(t, th, opensOn, closesOn, chosen, holder));
    }

    @Transactional(readOnly = true)
    public List<Question> bank() {
        return questions.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public List<Quiz> quizzes() {
        return quizzes.findAllByOrderByOpensOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public Quiz quiz(long id) {
        return quizzes.findById(id).orElseThrow(() -> new NotFound("quiz", id));
    }

    /** The quiz's questions in its order. */
    @Transactional(readOnly = true)
    public List<Question> questionsOf(Quiz quiz) {
        return quiz.getQuestionIds().stream().map(questions::findById).flatMap(Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    public List<QuizAnswer> answersOf(long quizId) {
        return answers.findByQuizId(quizId);
    }

    /** The quizzes of a town open today, for its portal. */
    @Transactional(readOnly = true)
    public List<Quiz> openQuizzes(long townId) {
        LocalDate today = LocalDate.now(clock);
        return quizzes.findByTownIdOrderByOpensOnDescIdDesc(townId).stream().filter(q -> q.openOn(today)).toList();
    }

    /** One question's outcome on an answer sheet. */
    public record Marked(long questionId, boolean correct, List<String> answer, String explanation,
                         String legalBasis) {
    }

    public record Sheet(int score, int total, List<Marked> results) {
    }

    /**
     * Marks a public answer sheet and keeps its score. Letters are keyed by question id; a question left out or
     * answered with no letter counts as wrong. A question not of the quiz or a number of letters its kind does not
     * allow is refused (400); a quiz outside its period refuses every sheet (422).
     */
    public Sheet answer(long quizId, Long villageId, Map<String, List<String>> given) {
        Quiz quiz = quiz(quizId);
        List<Question> asked = questionsOf(quiz);
        Map<String, List<String>> sheet = given == null ? Map.of() : given;
        for (var e : sheet.entrySet()) {
            Question q = asked.stream().filter(x -> String.valueOf(x.getId()).equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new BadRequest("answers." + e.getKey(), "publicity.answer.unknownQuestion",
                            e.getKey()));
            List<String> letters = e.getValue() == null ? List.of() : e.getValue();
            if (!letters.isEmpty() && !q.getKind().accepts(letters)) {
                throw new BadRequest("answers." + e.getKey(), "publicity.answer.choices", q.getKind().label());
            }
        }
        if (villageId != null && directory.find(villageId).filter(v -> v.type() == OrgUnitType.VILLAGE)
                .filter(v -> quiz.getTownId().equals(v.townId())).isEmpty()) {
            throw new BadRequest("villageId", "publicity.village.notOfTown");
        }
        LocalDate today = LocalDate.now(clock);
        if (!quiz.openOn(today)) {
            throw new RuleViolation("publicity.quiz.notOpen", quiz.getOpensOn().toString(),
                    quiz.getClosesOn().toString());
        }
        List<Marked> results = new ArrayList<>();
        int score = 0;
        for (Question q : asked) {
            boolean right = q.isRight(sheet.get(String.valueOf(q.getId())));
            score += right ? 1 : 0;
            results.add(new Marked(q.getId(), right, List.copyOf(q.answerLetters()), q.getExplanation(),
                    q.getLegalBasis()));
        }
        answers.save(new QuizAnswer(quiz.getId(), villageId, score, asked.size(), today,
                directory.get(quiz.getHolderUnitId())));
        return new Sheet(score, asked.size(), results);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
