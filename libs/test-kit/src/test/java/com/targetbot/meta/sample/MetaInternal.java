package com.targetbot.meta.sample;

/** Stands for any meta-service class. */
public class MetaInternal {}
