package org.paperkg.cli;
public class PaperKg { public static void main(String[] a){ System.out.println("hi"); } }
