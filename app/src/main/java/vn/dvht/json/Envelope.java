package vn.dvht.json;

/**
 * What every JSON document dvht writes opens with — its {@code schemaVersion}, {@code kind} and the version of
 * dvht that wrote it — and the keys of its lists, named once for the writers and the readers.
 *
 * <pre>{@code
 * json.writeNumberField(Envelope.SCHEMA_VERSION, Envelope.VERSION);
 * }</pre>
 */
public final class Envelope {
  /**
   * The version of the documents' shape, the newest this dvht writes and reads: it changes only when a key is
   * removed or renamed or a value changes type or meaning; new keys may appear without it.
   */
  public static final int VERSION = 1;

  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String KIND = "kind";
  /** The version of dvht that wrote a document. */
  public static final String DVHT = "dvht";
  public static final String REPORT_DATE = "reportDate";
  public static final String UNITS = "units";
  public static final String FAILURES = "failures";

  private Envelope() {}
}
