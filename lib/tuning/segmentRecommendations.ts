import type { Dataset } from "../dataset/Dataset.js";
import { modelScoreWindow } from "./modelScoreWindow.js";
import {
  recommendThresholdBy,
  type RecommendThresholdByOptions,
  type SegmentRecommendation,
} from "./recommendThresholdBy.js";
import type { ModelThresholdReadout } from "./thresholdReadout.js";

/** Options for {@link segmentRecommendations}: `recommendThresholdBy`'s, and these. */
export interface SegmentRecommendationsOptions extends RecommendThresholdByOptions {
  /** Columns of the scored listings to segment by, e.g. ["category"]; required. */
  by: readonly string[];
  /** Scores from this instant on. Default: all. */
  since?: Date;
}

/**
 * A model's threshold recommended per segment: its score counts grouped in the engine, then
 * `recommendThresholdBy` with the model's current threshold and a 0.01 grid unless the options
 * say otherwise (segments below `minSupport` violations keep the overall threshold).
 * @example await segmentRecommendations(ds, readout.models[0], { by: ["category"], minPrecision: 0.8 })
 */
export async function segmentRecommendations(
  ds: Dataset,
  model: ModelThresholdReadout,
  options: SegmentRecommendationsOptions,
): Promise<SegmentRecommendation[]> {
  const { by, since, ...rest } = options;
  const { groups = [] } = await modelScoreWindow(ds, { model: model.model, since, by });
  return recommendThresholdBy(groups, {
    current: model.recommendation.current?.threshold,
    step: 0.01,
    ...rest,
  });
}
