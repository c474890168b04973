package io.videogen.archfixture.rule7.domain.b;

import io.videogen.archfixture.rule7.domain.a.Chicken;

public class Egg {
    public Chicken hatches;
}
