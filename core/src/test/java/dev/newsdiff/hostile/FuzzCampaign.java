package dev.newsdiff.hostile;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Turns the build's short fuzz run into a longer campaign from the command line: {@code
 * -Dnewsdiff.fuzz.scale=N} multiplies each property's tries, {@code -Dnewsdiff.fuzz.seed=S}
 * replaces its fixed seed. Without them the properties run as annotated, so the build stays fast
 * and repeatable.
 */
public final class FuzzCampaign implements AroundPropertyHook {

  static final String SCALE = "newsdiff.fuzz.scale";
  static final String SEED = "newsdiff.fuzz.seed";

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyAttributes attributes = context.attributes();
    int scale = Integer.getInteger(SCALE, 1);
    if (scale < 1) {
      throw new IllegalArgumentException(SCALE + " must be 1 or more: " + scale);
    }
    attributes.tries().ifPresent(tries -> attributes.setTries(Math.multiplyExact(tries, scale)));
    String seed = System.getProperty(SEED);
    if (seed != null) {
      attributes.setSeed(seed);
    }
    return property.execute();
  }

  /** Put on a class, it acts on each of its properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  /** Outermost, so that the changed attributes are in place before the property starts. */
  @Override
  public int aroundPropertyProximity() {
    return -100;
  }
}
