/**
 * Planted violations, one package per architecture rule, laid out like the real modules under
 * another root. The architecture tests run each rule on its package and expect it to fail.
 */
package io.videogen.archfixture;
