package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/** One pool of walk-in tokens as the floor form edits it: its letter, procedures and daily quota, as typed. */
public class PoolRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String letter = "A";
    private List<String> procedures = new ArrayList<>();
    private Integer dailyTokens = 50;
    private String error;

    static PoolRow of(WalkInPool pool) {
        PoolRow row = new PoolRow();
        row.letter = String.valueOf(pool.letter());
        row.procedures = pool.procedures().stream().map(ProcedureCode::value).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        row.dailyTokens = pool.dailyTokens();
        return row;
    }

    /** The next letter after this row's (B after A, skipping C, which numbers appointments). */
    PoolRow next() {
        PoolRow row = new PoolRow();
        char after = letter == null || letter.isBlank() ? 'A' : (char) (Character.toUpperCase(letter.charAt(0)) + 1);
        row.letter = String.valueOf(after == 'C' ? 'D' : after > 'Z' ? 'Z' : after);
        return row;
    }

    /** @throws InvalidValueException with the rule the row breaks */
    WalkInPool toPool() {
        String typed = letter == null ? "" : letter.strip().toUpperCase(java.util.Locale.ROOT);
        if (typed.length() != 1) {
            throw new InvalidValueException("pool.letter", "A pool's letter is one capital letter A to Z");
        }
        if (dailyTokens == null) {
            throw new InvalidValueException("pool.tokens", "A day has from 0 to 9999 walk-in tokens of one pool",
                    WalkInPool.MAX_TOKENS);
        }
        Set<ProcedureCode> codes = procedures.stream().map(ProcedureCode::new).collect(Collectors.toSet());
        return new WalkInPool(typed.charAt(0), codes, dailyTokens);
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public List<String> getProcedures() {
        return procedures;
    }

    public void setProcedures(List<String> procedures) {
        this.procedures = procedures == null ? new ArrayList<>() : new ArrayList<>(procedures);
    }

    public Integer getDailyTokens() {
        return dailyTokens;
    }

    public void setDailyTokens(Integer dailyTokens) {
        this.dailyTokens = dailyTokens;
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }
}
