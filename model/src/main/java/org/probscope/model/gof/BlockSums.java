package org.probscope.model.gof;

/**
 * The statistics' partial sums over one block of consecutive order statistics; blocks are combined
 * in index order so that the totals do not depend on how many threads ran.
 *
 * @param dPlus max of i/n − F(xᵢ) in the block
 * @param dPlusIndex the first 0-based index reaching it
 * @param dMinus max of F(xᵢ) − (i−1)/n in the block
 * @param dMinusIndex the first 0-based index reaching it
 * @param cramerVonMises Σ (F(xᵢ) − (2i−1)/(2n))²
 * @param andersonDarling Σ (2i−1) ln F(xᵢ) + (2n+1−2i) ln S(xᵢ)
 * @param wassersteinInRange Σ over the gaps starting in the block of ∫|Fₙ − F|
 */
record BlockSums(
    double dPlus,
    int dPlusIndex,
    double dMinus,
    int dMinusIndex,
    double cramerVonMises,
    double andersonDarling,
    double wassersteinInRange) {

  /** This block followed by the next one. */
  BlockSums then(BlockSums next) {
    boolean plusHere = dPlus >= next.dPlus;
    boolean minusHere = dMinus >= next.dMinus;
    return new BlockSums(
        plusHere ? dPlus : next.dPlus,
        plusHere ? dPlusIndex : next.dPlusIndex,
        minusHere ? dMinus : next.dMinus,
        minusHere ? dMinusIndex : next.dMinusIndex,
        cramerVonMises + next.cramerVonMises,
        andersonDarling + next.andersonDarling,
        wassersteinInRange + next.wassersteinInRange);
  }
}
