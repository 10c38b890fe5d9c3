package dev.newsdiff.text;

import com.google.common.base.VerifyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's English sentence model (Universal Dependencies EWT, from the Maven artifact
 * {@code opennlp-models-sentdetect-en}), read from the class path on first use. The only
 * class in newsdiff that touches OpenNLP.
 */
final class OpenNlpSentences {

  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** The model is immutable and shared; detectors keep per-call state, so one per thread. */
  private static final class Holder {
    static final SentenceModel MODEL = load();
  }

  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Holder.MODEL));

  private OpenNlpSentences() {}

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
        throw new VerifyException("OpenNLP sentence model missing from the class path: " + MODEL_RESOURCE);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new VerifyException("cannot load OpenNLP sentence model " + MODEL_RESOURCE, e);
    }
  }
}
