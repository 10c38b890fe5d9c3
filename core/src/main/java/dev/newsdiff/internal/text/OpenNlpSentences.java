package dev.newsdiff.internal.text;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.base.VerifyException;
import com.google.common.primitives.Chars;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's English sentence model (Universal Dependencies EWT, from the Maven artifact {@code
 * opennlp-models-sentdetect-en}), read from the class path on first use or when {@link #preload}
 * asks (it takes about 30 ms of a cold JVM). With {@link Stems}, the only code in newsdiff that
 * touches OpenNLP.
 *
 * <p>The model is asked about one boundary at a time, and gives the answer {@link
 * SentenceDetectorME#sentPosDetect} would give for it on the whole text. Running the detector on
 * the whole text instead takes time quadratic in a run without spaces: for every full stop of the
 * run it looks for the next white space. Asked this way, the model reads exactly the context the
 * detector would read (the context generator is given the whole text), and only where the rules are
 * unsure.
 */
final class OpenNlpSentences {

  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /**
   * The model is immutable and shared; each thread gets its own context generator, which keeps
   * working buffers. A memoising supplier rather than a holder class: a load that fails is tried
   * again by the next caller, who sees the real error, where a failed class initialisation would
   * leave only "could not initialize class" to every later caller.
   */
  private static final Supplier<OpenNlpSentences> ENGLISH =
      Suppliers.memoize(() -> new OpenNlpSentences(load()));

  private final MaxentModel model;
  private final char[] endMarks;
  private final ThreadLocal<SDContextGenerator> contexts;

  private OpenNlpSentences(SentenceModel sentenceModel) {
    SentenceDetectorFactory factory = sentenceModel.getFactory();
    // What endsSentenceAt copies of SentenceDetectorME holds for this model only: a sentence ends
    // where the token ends, and no abbreviation list vetoes the model's breaks.
    if (!factory.isUseTokenEnd() || sentenceModel.getAbbreviations() != null) {
      throw new VerifyException(
          MODEL_RESOURCE + " is not the sentence model this reader was written for");
    }
    this.model = sentenceModel.getMaxentModel();
    this.endMarks = factory.getEOSCharacters().clone();
    this.contexts = ThreadLocal.withInitial(factory::getSDContextGenerator);
  }

  /** Loads the model now, if no one has yet; throws what loading throws. */
  static void preload() {
    ENGLISH.get();
  }

  /**
   * Whether OpenNLP's detector, run on the whole of {@code text}, would end a sentence at an offset
   * in {@code [from, to]}.
   */
  static boolean endsSentenceBetween(String text, int from, int to) {
    OpenNlpSentences sentences = ENGLISH.get();
    for (int end = Math.max(from, 1); end <= to && end < text.length(); end++) {
      if (StringUtil.isWhitespace(text.charAt(end))
          && !StringUtil.isWhitespace(text.charAt(end - 1))
          && sentences.endsSentenceAt(text, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the detector ends a sentence at {@code tokenEnd}, the end of a token (a run of
   * characters that are not white space in OpenNLP's sense, which counts no-break spaces but not
   * zero-width ones). The detector asks the model about the token's last end-of-sentence mark only,
   * skipping those with more of the token after them, and with a break there the sentence runs to
   * the end of the token. It never ends an empty sentence, one of a mark at the start of the text.
   */
  private boolean endsSentenceAt(String text, int tokenEnd) {
    int mark = tokenEnd - 1;
    while (mark > 0
        && !StringUtil.isWhitespace(text.charAt(mark))
        && !Chars.contains(endMarks, text.charAt(mark))) {
      mark--;
    }
    if (mark == 0 || !Chars.contains(endMarks, text.charAt(mark))) {
      return false;
    }
    double[] outcomes = model.eval(contexts.get().getContext(text, mark));
    return model.getBestOutcome(outcomes).equals(SentenceDetectorME.SPLIT);
  }

  private static SentenceModel load() {
    try (InputStream in = OpenNlpSentences.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new VerifyException(
            "OpenNLP sentence model missing from the class path: " + MODEL_RESOURCE);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new VerifyException("cannot load OpenNLP sentence model " + MODEL_RESOURCE, e);
    }
  }
}
