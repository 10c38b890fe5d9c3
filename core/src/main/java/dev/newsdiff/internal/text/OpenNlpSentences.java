package dev.newsdiff.internal.text;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.base.VerifyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * OpenNLP's English sentence model (Universal Dependencies EWT, from the Maven artifact {@code
 * opennlp-models-sentdetect-en}), read from the class path on first use or when {@link #preload}
 * asks (it takes about 30 ms of a cold JVM). With {@link Stems}, the only code in newsdiff that
 * touches OpenNLP.
 */
final class OpenNlpSentences {

  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /**
   * The model is immutable and shared, and OpenNLP's thread-safe detector gives each thread the
   * working state it needs. A memoising supplier rather than a holder class: a load that fails is
   * tried again by the next caller, who sees the real error, where a failed class initialisation
   * would leave only "could not initialize class" to every later caller.
   */
  private static final Supplier<ThreadSafeSentenceDetectorME> DETECTOR =
      Suppliers.memoize(() -> new ThreadSafeSentenceDetectorME(load()));

  private OpenNlpSentences() {}

  /** Loads the model now, if no one has yet; throws what loading throws. */
  static void preload() {
    DETECTOR.get();
  }

  /** Offsets in {@code text} right after which the model ends a sentence. */
  static Set<Integer> sentenceEnds(String text) {
    Set<Integer> ends = new HashSet<>();
    for (opennlp.tools.util.Span span : DETECTOR.get().sentPosDetect(text)) {
      ends.add(span.getEnd());
    }
    return ends;
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
