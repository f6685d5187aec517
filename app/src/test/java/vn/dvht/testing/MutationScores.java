package vn.dvht.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints the mutation score of each package from PIT's {@code mutations.xml}, then every mutant that lived:
 * {@code vn.dvht.eval: 412/430 killed (95,8 %), 0 without coverage}, then
 * {@code SURVIVED vn.dvht.eval.Scorer:44 grade — changed conditional boundary}. Run by the {@code mutation}
 * profile after PIT (docs/mutation.md). A mutant is killed when PIT says it was detected (a test failed, timed
 * out or ran out of memory); the score is killed mutants over all mutants, those no test reaches included.
 */
public final class MutationScores {
  /** PIT's statuses of a mutant no test noticed. */
  static final Set<String> LIVED = Set.of("SURVIVED", "NO_COVERAGE");

  private MutationScores() {}

  /** One mutant as PIT reports it. */
  record Mutant(String mutatedClass, String method, int line, String description, String status) {
    String pack() {
      return mutatedClass.substring(0, mutatedClass.lastIndexOf('.'));
    }

    boolean lived() {
      return LIVED.contains(status);
    }

    @Override
    public String toString() {
      return status + " " + mutatedClass + ":" + line + " " + method + " — " + description;
    }
  }

  /** A package's count: every mutant, those killed, those no test reaches. */
  record Score(long mutants, long killed, long uncovered) {
    Score plus(Mutant m) {
      return new Score(mutants + 1, killed + (m.lived() ? 0 : 1), uncovered + ("NO_COVERAGE".equals(m.status()) ? 1 : 0));
    }

    @Override
    public String toString() {
      return killed + "/" + mutants + " killed (" + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * killed / mutants)
          + " %), " + uncovered + " without coverage";
    }
  }

  /** @param args the path of PIT's mutations.xml */
  public static void main(String[] args) throws Exception {
    List<Mutant> mutants = read(Path.of(args[0]));
    scores(mutants).forEach((pack, score) -> System.out.println(pack + ": " + score));
    mutants.stream().filter(Mutant::lived).forEach(System.out::println);
  }

  static Map<String, Score> scores(List<Mutant> mutants) {
    Map<String, Score> scores = new TreeMap<>();
    for (Mutant m : mutants) {
      scores.merge(m.pack(), new Score(0, 0, 0).plus(m), (a, b) -> new Score(a.mutants() + b.mutants(),
          a.killed() + b.killed(), a.uncovered() + b.uncovered()));
    }
    return scores;
  }

  static List<Mutant> read(Path xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    List<Mutant> mutants = new ArrayList<>();
    try (var in = Files.newInputStream(xml)) {
      NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("mutation");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        mutants.add(new Mutant(text(e, "mutatedClass"), text(e, "mutatedMethod"), Integer.parseInt(text(e, "lineNumber")),
            text(e, "description"), e.getAttribute("status")));
      }
    }
    return mutants;
  }

  private static String text(Element e, String tag) {
    return e.getElementsByTagName(tag).item(0).getTextContent();
  }
}
