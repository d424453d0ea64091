package org.evalsheet.read.xlsx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.evalsheet.read.grid.BadCoordinateException;
import org.evalsheet.read.grid.Coordinates;
import org.evalsheet.read.grid.Grid;

/**
 * Computes the formulas a program wrote without their results (无缓存值的公式), the few kinds a self-evaluation
 * table has: {@code SUM} over ranges and cells of the same sheet, cell references, numbers, {@code + - * /},
 * signs and parentheses, as in {@code =SUM(J5:J24)} and {@code =J5/E5}. openpyxl writes every formula that way, and
 * the streaming reader used to hand each such file to POI's usermodel and formula evaluator, ten times its own cost.
 * Values follow POI's evaluator: a blank cell is 0, a number typed as text counts in arithmetic but not in
 * {@code SUM}, an error propagates, division by zero is {@code #DIV/0!}. Anything else (another function, another
 * sheet, a whole column, a range over more than {@value #MAX_RANGE_CELLS} cells, a cycle) raises
 * {@link Unsupported}, and the file goes to the usermodel as before.
 */
final class Formulas {
  /** A range larger than this is not a table's sum. */
  static final int MAX_RANGE_CELLS = 100_000;
  /** Formulas longer than this are not a table's sum either. */
  private static final int MAX_LENGTH = 2_000;
  private static final int MAX_DEPTH = 200;

  /** A formula outside the subset: the caller falls back to POI. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  /** A computed value: a number, or an Excel error code. */
  record Value(double number, String error) {
    static Value of(double n) {
      return Double.isFinite(n) ? new Value(n, null) : new Value(0, "#NUM!");
    }

    static Value error(String code) {
      return new Value(0, code);
    }

    boolean isError() {
      return error != null;
    }
  }

  /** The cells a formula may read: a value already read, or another formula of the sheet to compute first. */
  interface Cells {
    /** The cell read at a place, or null when blank. */
    Grid.Cell cell(int row, int col);
  }

  private final Cells cells;
  private final Map<Long, String> pending = new HashMap<>();
  private final Map<Long, Value> done = new HashMap<>();
  private final Set<Long> computing = new HashSet<>();

  Formulas(Cells cells) {
    this.cells = cells;
  }

  /** A formula without a result at a place, to compute once the sheet is read. */
  void add(int row, int col, String formula) {
    if (formula.length() > MAX_LENGTH) {
      throw new Unsupported("formula too long");
    }
    pending.put(key(row, col), formula);
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  /** Every pending formula's place, as {@code row << 16 | col}. */
  Set<Long> places() {
    return pending.keySet();
  }

  /** The value of the formula at a pending place. */
  Value value(long place) {
    Value v = done.get(place);
    if (v != null) {
      return v;
    }
    if (!computing.add(place) || computing.size() > MAX_DEPTH) {
      throw new Unsupported("circular or deep reference");
    }
    v = new Parser(pending.get(place)).parse();
    computing.remove(place);
    done.put(place, v);
    return v;
  }

  static long key(int row, int col) {
    return (long) row << 16 | col;
  }

  /** A cell's value where a formula reads it in arithmetic ({@code =J5/E5}). */
  private Value scalar(int row, int col) {
    long k = key(row, col);
    if (pending.containsKey(k)) {
      return value(k);
    }
    Grid.Cell c = cells.cell(row, col);
    if (c == null || c.kind() == Grid.Kind.BLANK) {
      return Value.of(0);
    }
    return switch (c.kind()) {
      case NUMBER -> Value.of(c.number());
      case BOOLEAN -> Value.of("TRUE".equals(c.text()) ? 1 : 0);
      case ERROR -> Value.error(c.text().startsWith("#") ? c.text() : "#VALUE!");
      default -> {
        try {
          yield Value.of(Double.parseDouble(c.text().strip()));
        } catch (NumberFormatException e) {
          yield Value.error("#VALUE!");
        }
      }
    };
  }

  /** A cell's contribution to {@code SUM}: numbers count, text and booleans in references do not. */
  private Value summand(int row, int col) {
    long k = key(row, col);
    if (pending.containsKey(k)) {
      return value(k);
    }
    Grid.Cell c = cells.cell(row, col);
    if (c == null) {
      return Value.of(0);
    }
    return switch (c.kind()) {
      case NUMBER -> Value.of(c.number());
      case ERROR -> Value.error(c.text().startsWith("#") ? c.text() : "#VALUE!");
      default -> Value.of(0);
    };
  }

  /** A recursive-descent reader of one formula, computing as it goes. */
  private final class Parser {
    private final String s;
    private int p;

    Parser(String formula) {
      // The file holds the formula without its "=": one with it does not parse for POI either.
      this.s = formula.strip();
    }

    Value parse() {
      Value v = expr();
      space();
      if (p != s.length()) {
        throw new Unsupported("unexpected " + s.substring(p));
      }
      return v;
    }

    private Value expr() {
      Value v = term();
      while (true) {
        space();
        if (eat('+')) {
          v = apply(v, term(), '+');
        } else if (eat('-')) {
          v = apply(v, term(), '-');
        } else {
          return v;
        }
      }
    }

    private Value term() {
      Value v = factor();
      while (true) {
        space();
        if (eat('*')) {
          v = apply(v, factor(), '*');
        } else if (eat('/')) {
          v = apply(v, factor(), '/');
        } else {
          return v;
        }
      }
    }

    private Value factor() {
      space();
      if (eat('-')) {
        Value v = factor();
        return v.isError() ? v : Value.of(-v.number());
      }
      if (eat('+')) {
        return factor();
      }
      if (eat('(')) {
        Value v = expr();
        space();
        expect(')');
        return v;
      }
      if (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
        return number();
      }
      if (s.regionMatches(true, p, "SUM(", 0, 4)) {
        p += 4;
        return sum();
      }
      int[] ref = ref();
      space();
      if (p < s.length() && s.charAt(p) == ':') {
        throw new Unsupported("range outside SUM");
      }
      return scalar(ref[0], ref[1]);
    }

    private Value sum() {
      double total = 0;
      Value error = null;
      space();
      if (!eat(')')) {
        do {
          space();
          int start = p;
          Value v = null;
          if (p < s.length() && Character.isLetter(s.charAt(p)) || p < s.length() && s.charAt(p) == '$') {
            int[] a = ref();
            space();
            if (eat(':')) {
              space();
              v = range(a, ref());
            } else {
              space();
              if (p < s.length() && (s.charAt(p) == ',' || s.charAt(p) == ')')) {
                v = summand(a[0], a[1]);
              } else {
                p = start; // a reference inside an expression: A1*2
              }
            }
          }
          if (v == null) {
            v = expr();
          }
          if (v.isError() && error == null) {
            error = v;
          } else if (!v.isError()) {
            total += v.number();
          }
          space();
        } while (eat(','));
        expect(')');
      }
      return error != null ? error : Value.of(total);
    }

    private Value range(int[] a, int[] b) {
      int r1 = Math.min(a[0], b[0]);
      int r2 = Math.max(a[0], b[0]);
      int c1 = Math.min(a[1], b[1]);
      int c2 = Math.max(a[1], b[1]);
      if ((long) (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS) {
        throw new Unsupported("range too large");
      }
      double total = 0;
      for (int r = r1; r <= r2; r++) {
        for (int c = c1; c <= c2; c++) {
          Value v = summand(r, c);
          if (v.isError()) {
            return v;
          }
          total += v.number();
        }
      }
      return Value.of(total);
    }

    private Value apply(Value a, Value b, char op) {
      if (a.isError()) {
        return a;
      }
      if (b.isError()) {
        return b;
      }
      return switch (op) {
        case '+' -> Value.of(a.number() + b.number());
        case '-' -> Value.of(a.number() - b.number());
        case '*' -> Value.of(a.number() * b.number());
        default -> b.number() == 0 ? Value.error("#DIV/0!") : Value.of(a.number() / b.number());
      };
    }

    private Value number() {
      int start = p;
      while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
        p++;
      }
      if (p < s.length() && (s.charAt(p) == 'E' || s.charAt(p) == 'e')) {
        p++;
        if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
          p++;
        }
        while (p < s.length() && Character.isDigit(s.charAt(p))) {
          p++;
        }
      }
      try {
        return Value.of(Double.parseDouble(s.substring(start, p)));
      } catch (NumberFormatException e) {
        throw new Unsupported("number " + s.substring(start, p));
      }
    }

    /** An A1 reference ({@code $} allowed) on this sheet: {row, col}, zero-based. */
    private int[] ref() {
      int start = p;
      eat('$');
      int letters = p;
      while (p < s.length() && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z' || p < s.length() && s.charAt(p) >= 'a'
          && s.charAt(p) <= 'z') {
        p++;
      }
      if (p == letters || p - letters > 3) {
        throw new Unsupported("not a reference at " + s.substring(start));
      }
      eat('$');
      int digits = p;
      while (p < s.length() && Character.isDigit(s.charAt(p))) {
        p++;
      }
      if (p == digits || p - digits > 7 || p < s.length() && (s.charAt(p) == '!' || s.charAt(p) == '('
          || Character.isLetter(s.charAt(p)))) {
        throw new Unsupported("not a cell reference at " + s.substring(start));
      }
      try {
        int[] rc = Coordinates.cell(s.substring(start, p).replace("$", "").toUpperCase(java.util.Locale.ROOT));
        if (rc[0] >= Coordinates.MAX_ROWS || rc[1] >= Coordinates.MAX_COLS) {
          throw new Unsupported("reference beyond the sheet");
        }
        return rc;
      } catch (Coordinates.Unread | BadCoordinateException e) {
        throw new Unsupported("reference " + s.substring(start, p));
      }
    }

    private void space() {
      while (p < s.length() && s.charAt(p) == ' ') {
        p++;
      }
    }

    private boolean eat(char c) {
      if (p < s.length() && s.charAt(p) == c) {
        p++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!eat(c)) {
        throw new Unsupported("expected " + c);
      }
    }
  }
}
