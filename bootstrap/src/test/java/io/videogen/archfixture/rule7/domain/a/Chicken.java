package io.videogen.archfixture.rule7.domain.a;

import io.videogen.archfixture.rule7.domain.b.Egg;

public class Chicken {
    public Egg lays;
}
