import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A build step: the {@code invokedynamic} call sites of some packages of a jar, its lambdas,
 * method references and string concatenations, written out as plain bytecode, as javac wrote
 * them before Java 8 and 9. Run by {@code mvn package} on the launcher's jar
 * (target/shelfmark.jar), for citeproc-java's classes and Shelfmark's own.
 *
 * <p>Why: a capturing lambda is made through a method handle to its class's constructor, which the
 * C1 compiler the launcher runs with leaves as a call into the JVM ({@code Unsafe.allocateInstance}),
 * and every call site is linked at its first run, a string concatenation's by spinning classes
 * for its shape. A 10,000-reference Cite Them Right bibliography makes 4.8 million such lambdas (5
 * to 6% of its CPU), and a cold {@code cite} spends 3% of its CPU linking citeproc-java's
 * concatenations (docs/performance-log.md, the twenty-fifth round). Written out, a lambda is a
 * {@code new} that compiled code allocates inline, and each call site a static call.
 *
 * <p>For each call site of {@code LambdaMetafactory.metafactory} in a class of the packages: a
 * class {@code Host$LambdaN} in the host's package that implements the functional interface, with
 * a final field for each value captured, a static {@code make} method that takes them (the call
 * site's own descriptor) and returns a new instance (the one instance, when it captures nothing,
 * as the metafactory gives), and the interface's method, which calls the implementation with the
 * captured values and its arguments, cast as the metafactory would cast them. The
 * {@code invokedynamic} becomes an {@code invokestatic} of {@code make}. A private implementation
 * (the method javac writes a lambda's body into) is reached through a static bridge the host is
 * given, {@code lambda$bridgeN}, as the new class may not call it. A call site is left as it was
 * where the new class could not do the same: the metafactory's other form ({@code altMetafactory}:
 * serialisable lambdas, bridges, markers), a method the new class may not call (another class's
 * private, protected or package member, a {@code super} call), conversions other than casts
 * (boxing a result, unboxing an argument).
 *
 * <p>For each call site of {@code StringConcatFactory}: a static method of the host,
 * {@code concat$N}, that takes the call site's arguments and appends them in turn to a
 * {@code StringBuilder} between the recipe's constants, as javac's {@code -XDstringConcat=inline}
 * compiles a concatenation (each argument made a string as {@code String.valueOf} makes it, after
 * all of them are evaluated, as the call site does).
 *
 * <p>The same code runs either way; the differential test {@code CallSitesIT} holds the jar's
 * output to the classes' as compiled.
 *
 * <p>Usage: {@code java -cp asm.jar:asm-tree.jar CallSites.java JAR PACKAGES REPORT}, PACKAGES
 * a comma-separated list of internal name prefixes ({@code de/undercouch/citeproc/,org/shelfmark/}).
 * The jar is rewritten in place, its entries in their order, the new classes after their host.
 * REPORT, a text file, gets how many call sites it wrote out and why each other one was left.
 */
public final class CallSites implements Opcodes {

    private final Map<String, ClassNode> classes;
    private final Map<String, String> left = new TreeMap<>();
    private int lambdas;
    private int lambdasWritten;
    private int concatenations;
    private int concatenationsWritten;

    private CallSites(Map<String, ClassNode> classes) {
        this.classes = classes;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CallSites JAR PACKAGES REPORT");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String[] packages = args[1].split(",");
        Map<String, Entry> entries = read(jar);
        Map<String, ClassNode> classes = new HashMap<>();
        entries.forEach((name, entry) -> {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                ClassNode node = new ClassNode();
                new ClassReader(entry.bytes()).accept(node, 0);
                classes.put(node.name, node);
            }
        });
        CallSites tool = new CallSites(classes);
        Map<String, Entry> out = new LinkedHashMap<>();
        entries.forEach((name, entry) -> {
            out.put(name, entry);
            if (name.endsWith(".class") && !name.startsWith("META-INF/") && Arrays.stream(packages).anyMatch(name::startsWith)) {
                ClassNode host = classes.get(name.substring(0, name.length() - ".class".length()));
                int methods = host.methods.size();
                List<ClassNode> made = tool.rewrite(host);
                if (!made.isEmpty() || host.methods.size() > methods) { // a class with nothing written out keeps its bytes
                    out.put(name, new Entry(bytes(host), entry.time()));
                    made.forEach(m -> out.put(m.name + ".class", new Entry(bytes(m), entry.time())));
                }
            }
        });
        write(out, jar);
        List<String> report = new ArrayList<>();
        report.add(tool.lambdasWritten + " of " + tool.lambdas + " call sites written out as classes");
        report.add(tool.concatenationsWritten + " of " + tool.concatenations
                + " string concatenations written out as StringBuilder calls");
        tool.left.forEach((site, why) -> report.add("left: " + site + " (" + why + ")"));
        Files.write(Path.of(args[2]), report);
    }

    private record Entry(byte[] bytes, long time) {
    }

    private static Map<String, Entry> read(Path jar) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new Entry(in.readAllBytes(), e.getTime()));
            }
        }
        return entries;
    }

    // written beside the jar, then moved over it: a build stopped half way leaves the jar whole
    private static void write(Map<String, Entry> entries, Path jar) throws IOException {
        Path part = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(part); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(e.getValue().time());
                out.putNextEntry(entry);
                out.write(e.getValue().bytes());
                out.closeEntry();
            }
        }
        Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] bytes(ClassNode node) {
        // the call sites change no stack shape and the new code has no branches: the frames stand
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    /**
     * Rewrites a class's lambda and concatenation call sites in place; returns the classes made for
     * its lambdas (the methods it is given, bridges and concatenations, are added to it).
     */
    private List<ClassNode> rewrite(ClassNode host) {
        List<ClassNode> made = new ArrayList<>();
        List<MethodNode> added = new ArrayList<>();
        for (MethodNode method : host.methods) {
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn instanceof InvokeDynamicInsnNode site) {
                    String bootstrap = site.bsm.getOwner();
                    String where = host.name + "." + method.name + ", instruction " + method.instructions.indexOf(site);
                    if (bootstrap.equals("java/lang/invoke/StringConcatFactory")) {
                        writeOutConcatenation(host, method, site, where, added);
                    } else if (bootstrap.equals("java/lang/invoke/LambdaMetafactory")) {
                        writeOutLambda(host, method, site, where, added, made);
                    }
                }
            }
        }
        host.methods.addAll(added);
        return made;
    }

    private void writeOutConcatenation(ClassNode host, MethodNode method, InvokeDynamicInsnNode site, String where,
            List<MethodNode> added) {
        concatenations++;
        MethodNode helper = concatenation(host, site, "concat$" + added.size());
        if (helper == null) {
            left.put(where + ": " + site.bsm.getName(), "a concatenation of an unknown form");
            return;
        }
        method.instructions.set(site, new MethodInsnNode(INVOKESTATIC, host.name, helper.name, helper.desc,
                (host.access & ACC_INTERFACE) != 0));
        added.add(helper);
        concatenationsWritten++;
    }

    private void writeOutLambda(ClassNode host, MethodNode method, InvokeDynamicInsnNode site, String where,
            List<MethodNode> added, List<ClassNode> made) {
        lambdas++;
        where = where + ": " + site.name + site.desc;
        if (!site.bsm.getName().equals("metafactory")) {
            left.put(where, "altMetafactory");
            return;
        }
        String name = unusedName(host.name + "$Lambda" + made.size());
        String bridge = "lambda$bridge" + added.size();
        Target target = target(host, (Handle) site.bsmArgs[1], bridge, added);
        ClassNode lambda = target == null ? null : lambdaClass(host, name, site, target);
        if (lambda == null) {
            left.put(where, target == null ? "calls what another class may not" : "converts other than by casts");
            added.removeIf(b -> b.name.equals(bridge));
            return;
        }
        method.instructions.set(site, new MethodInsnNode(INVOKESTATIC, name, "make", site.desc, false));
        classes.put(name, lambda);
        made.add(lambda);
        lambdasWritten++;
    }

    // a static method of the host that does what a string concatenation's call site does: each
    // argument made a string in turn (String.valueOf), between the recipe's constants, with a
    // StringBuilder, as javac's -XDstringConcat=inline compiles one; null for a form it does not know
    private static MethodNode concatenation(ClassNode host, InvokeDynamicInsnNode site, String name) {
        Type[] args = Type.getArgumentTypes(site.desc);
        String recipe;
        List<Object> constants;
        if (site.bsm.getName().equals("makeConcatWithConstants")) {
            recipe = (String) site.bsmArgs[0];
            constants = Arrays.asList(site.bsmArgs).subList(1, site.bsmArgs.length);
        } else if (site.bsm.getName().equals("makeConcat")) {
            recipe = "\u0001".repeat(args.length);
            constants = List.of();
        } else {
            return null;
        }
        boolean isInterface = (host.access & ACC_INTERFACE) != 0;
        MethodNode helper = new MethodNode((isInterface ? ACC_PUBLIC : 0) | ACC_STATIC | ACC_SYNTHETIC, name, site.desc, null, null);
        InsnList code = helper.instructions;
        String builder = "java/lang/StringBuilder";
        code.add(new TypeInsnNode(NEW, builder));
        code.add(new InsnNode(DUP));
        code.add(new MethodInsnNode(INVOKESPECIAL, builder, "<init>", "()V", false));
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        int constant = 0;
        int slot = 0;
        for (char c : recipe.toCharArray()) {
            if (c == '\u0001') {
                if (arg == args.length) {
                    return null;
                }
                appendLiteral(literal, code);
                Type t = args[arg++];
                code.add(new VarInsnNode(t.getOpcode(ILOAD), slot));
                slot += t.getSize();
                code.add(new MethodInsnNode(INVOKEVIRTUAL, builder, "append", "(" + appended(t) + ")L" + builder + ";", false));
            } else if (c == '\u0002') {
                if (constant == constants.size() || !(constants.get(constant) instanceof String text)) {
                    return null;
                }
                literal.append(text);
                constant++;
            } else {
                literal.append(c);
            }
        }
        if (arg != args.length) {
            return null;
        }
        appendLiteral(literal, code);
        code.add(new MethodInsnNode(INVOKEVIRTUAL, builder, "toString", "()Ljava/lang/String;", false));
        code.add(new InsnNode(ARETURN));
        return helper;
    }

    private static void appendLiteral(StringBuilder literal, InsnList code) {
        if (literal.length() > 0) {
            code.add(new LdcInsnNode(literal.toString()));
            code.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
            literal.setLength(0);
        }
    }

    // the append a value takes: what String.valueOf would make of it (a char[] as an object, too)
    private static String appended(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        };
    }

    private String unusedName(String name) {
        String candidate = name;
        for (int i = 2; classes.containsKey(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    /** What the new class calls: a method or constructor, its opcode, and the types it takes. */
    private record Target(int opcode, String owner, String name, String desc, boolean isInterface, List<Type> params,
            Type returns) {
    }

    // the implementation, or a bridge to it where it is private to the host; null where the new
    // class, in the host's package, could not call it
    private Target target(ClassNode host, Handle impl, String bridgeName, List<MethodNode> bridges) {
        String owner = impl.getOwner();
        List<Type> params = new ArrayList<>();
        Type returns = Type.getReturnType(impl.getDesc());
        int opcode;
        switch (impl.getTag()) {
            case H_INVOKESTATIC -> opcode = INVOKESTATIC;
            case H_INVOKEVIRTUAL -> opcode = INVOKEVIRTUAL;
            case H_INVOKEINTERFACE -> opcode = INVOKEINTERFACE;
            case H_INVOKESPECIAL -> opcode = INVOKESPECIAL;
            case H_NEWINVOKESPECIAL -> {
                opcode = NEW;
                returns = Type.getObjectType(owner);
            }
            default -> {
                return null;
            }
        }
        if (opcode == INVOKEVIRTUAL || opcode == INVOKEINTERFACE || opcode == INVOKESPECIAL) {
            params.add(Type.getObjectType(owner));
        }
        params.addAll(Arrays.asList(Type.getArgumentTypes(impl.getDesc())));
        Integer access = access(owner, impl.getName(), impl.getDesc());
        if (access == null) {
            return null;
        }
        boolean samePackage = pkg(owner).equals(pkg(host.name));
        if ((access & ACC_PRIVATE) != 0) {
            if (!owner.equals(host.name) || opcode == NEW) {
                return null; // a nestmate's private member, or a private constructor
            }
            return bridge(host, impl, opcode, params, returns, bridgeName, bridges);
        }
        if (opcode == INVOKESPECIAL) {
            return null; // super.method()
        }
        if ((access & ACC_PUBLIC) == 0 && !samePackage) {
            return null; // protected or package access from another package
        }
        return new Target(opcode, owner, impl.getName(), impl.getDesc(), impl.isInterface(), params, returns);
    }

    // a static method of the host that calls its private implementation, package access (public in
    // an interface, whose methods may not have package access)
    private static Target bridge(ClassNode host, Handle impl, int opcode, List<Type> params, Type returns, String name,
            List<MethodNode> bridges) {
        boolean isInterface = (host.access & ACC_INTERFACE) != 0;
        String desc = Type.getMethodDescriptor(returns, params.toArray(Type[]::new));
        MethodNode bridge = new MethodNode((isInterface ? ACC_PUBLIC : 0) | ACC_STATIC | ACC_SYNTHETIC, name, desc, null, null);
        int slot = 0;
        for (Type p : params) {
            bridge.instructions.add(new VarInsnNode(p.getOpcode(ILOAD), slot));
            slot += p.getSize();
        }
        bridge.instructions.add(new MethodInsnNode(opcode == INVOKESTATIC ? INVOKESTATIC : INVOKESPECIAL, host.name,
                impl.getName(), impl.getDesc(), impl.isInterface()));
        bridge.instructions.add(new InsnNode(returns.getOpcode(IRETURN)));
        bridges.add(bridge);
        return new Target(INVOKESTATIC, host.name, bridge.name, desc, isInterface, params, returns);
    }

    // a method's or constructor's access flags: from the jar where it is there, else from the
    // JDK that runs this (public members of exported packages only); null where neither knows it
    private Integer access(String owner, String name, String desc) {
        ClassNode node = classes.get(owner);
        if (node != null) {
            for (MethodNode m : node.methods) {
                if (m.name.equals(name) && m.desc.equals(desc)) {
                    return (node.access & ACC_PUBLIC) != 0 ? m.access : m.access & ~ACC_PUBLIC;
                }
            }
            return null;
        }
        Class<?> type = jdkClass(owner);
        if (type == null) {
            return null;
        }
        if (name.equals("<init>")) {
            return Arrays.stream(type.getConstructors()).anyMatch(c -> Type.getConstructorDescriptor(c).equals(desc))
                    ? ACC_PUBLIC : null;
        }
        return Arrays.stream(type.getMethods())
                .anyMatch(m -> m.getName().equals(name) && Type.getMethodDescriptor(m).equals(desc)) ? ACC_PUBLIC : null;
    }

    // a public class of a package its module exports, from the JDK alone
    private static Class<?> jdkClass(String internalName) {
        try {
            Class<?> type = Class.forName(internalName.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
            boolean exported = type.getModule().isExported(type.getPackageName());
            return Modifier.isPublic(type.getModifiers()) && exported ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private boolean interfaceReachable(String iface, String fromPackage) {
        ClassNode node = classes.get(iface);
        if (node != null) {
            return (node.access & ACC_PUBLIC) != 0 || pkg(iface).equals(fromPackage);
        }
        return jdkClass(iface) != null;
    }

    private static String pkg(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    // the class for one call site; null where its method cannot call the target as the metafactory would
    private ClassNode lambdaClass(ClassNode host, String name, InvokeDynamicInsnNode site, Target target) {
        Type erased = (Type) site.bsmArgs[0];
        Type instantiated = (Type) site.bsmArgs[2];
        Type factory = Type.getMethodType(site.desc);
        Type[] captured = factory.getArgumentTypes();
        String iface = factory.getReturnType().getInternalName();
        if (!interfaceReachable(iface, pkg(host.name)) || target.params().size() != captured.length + erased.getArgumentTypes().length) {
            return null;
        }
        MethodNode method = samMethod(name, site.name, erased, instantiated, captured, target);
        if (method == null) {
            return null;
        }
        ClassNode lambda = new ClassNode();
        lambda.version = host.version;
        lambda.access = ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
        lambda.name = name;
        lambda.superName = "java/lang/Object";
        lambda.interfaces = new ArrayList<>(List.of(iface));
        lambda.sourceFile = host.sourceFile;
        for (int i = 0; i < captured.length; i++) {
            lambda.fields.add(new FieldNode(ACC_PRIVATE | ACC_FINAL, "arg" + i, captured[i].getDescriptor(), null, null));
        }
        if (captured.length == 0) {
            lambda.fields.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "INSTANCE",
                    Type.getObjectType(name).getDescriptor(), null, null));
        }
        lambda.methods.add(constructor(name, captured));
        lambda.methods.addAll(factory(name, site.desc, captured));
        lambda.methods.add(method);
        return lambda;
    }

    private static MethodNode constructor(String name, Type[] captured) {
        MethodNode init = new MethodNode(ACC_PRIVATE, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        InsnList code = init.instructions;
        code.add(new VarInsnNode(ALOAD, 0));
        code.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new VarInsnNode(captured[i].getOpcode(ILOAD), slot));
            code.add(new FieldInsnNode(PUTFIELD, name, "arg" + i, captured[i].getDescriptor()));
            slot += captured[i].getSize();
        }
        code.add(new InsnNode(RETURN));
        return init;
    }

    // make(captured...): a new instance, or the one instance where nothing is captured
    private static List<MethodNode> factory(String name, String desc, Type[] captured) {
        MethodNode make = new MethodNode(ACC_STATIC, "make", desc, null, null);
        String self = Type.getObjectType(name).getDescriptor();
        if (captured.length == 0) {
            MethodNode init = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);
            init.instructions.add(new TypeInsnNode(NEW, name));
            init.instructions.add(new InsnNode(DUP));
            init.instructions.add(new MethodInsnNode(INVOKESPECIAL, name, "<init>", "()V", false));
            init.instructions.add(new FieldInsnNode(PUTSTATIC, name, "INSTANCE", self));
            init.instructions.add(new InsnNode(RETURN));
            make.instructions.add(new FieldInsnNode(GETSTATIC, name, "INSTANCE", self));
            make.instructions.add(new InsnNode(ARETURN));
            return List.of(init, make);
        }
        make.instructions.add(new TypeInsnNode(NEW, name));
        make.instructions.add(new InsnNode(DUP));
        int slot = 0;
        for (Type c : captured) {
            make.instructions.add(new VarInsnNode(c.getOpcode(ILOAD), slot));
            slot += c.getSize();
        }
        make.instructions.add(new MethodInsnNode(INVOKESPECIAL, name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), false));
        make.instructions.add(new InsnNode(ARETURN));
        return List.of(make);
    }

    // the interface's method: the captured values, then its arguments, each cast to the
    // instantiated type and to the target's, the target called and its result returned as the
    // interface's method returns it
    private static MethodNode samMethod(String name, String samName, Type erased, Type instantiated, Type[] captured,
            Target target) {
        MethodNode method = new MethodNode(ACC_PUBLIC, samName, erased.getDescriptor(), null, null);
        InsnList code = method.instructions;
        if (target.opcode() == NEW) {
            code.add(new TypeInsnNode(NEW, target.owner()));
            code.add(new InsnNode(DUP));
        }
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, name, "arg" + i, captured[i].getDescriptor()));
            if (!convert(captured[i], captured[i], target.params().get(i), code)) {
                return null;
            }
        }
        Type[] args = erased.getArgumentTypes();
        Type[] instantiatedArgs = instantiated.getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < args.length; i++) {
            code.add(new VarInsnNode(args[i].getOpcode(ILOAD), slot));
            slot += args[i].getSize();
            if (!convert(args[i], instantiatedArgs[i], target.params().get(captured.length + i), code)) {
                return null;
            }
        }
        if (target.opcode() == NEW) {
            code.add(new MethodInsnNode(INVOKESPECIAL, target.owner(), "<init>", target.desc(), false));
        } else {
            code.add(new MethodInsnNode(target.opcode(), target.owner(), target.name(), target.desc(), target.isInterface()));
        }
        return result(target.returns(), erased.getReturnType(), code) ? method : null;
    }

    private static boolean convert(Type from, Type instantiated, Type to, InsnList code) {
        if (from.equals(to)) {
            return true;
        }
        if (isReference(from) && isReference(to)) {
            Type cast = isReference(instantiated) && !instantiated.equals(from) ? instantiated : to;
            if (!cast.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(CHECKCAST, cast.getInternalName()));
            }
            if (!cast.equals(to) && !to.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(CHECKCAST, to.getInternalName()));
            }
            return true;
        }
        return false; // boxing, unboxing, widening: left to the metafactory
    }

    private static boolean result(Type returned, Type wanted, InsnList code) {
        if (wanted.getSort() == Type.VOID) {
            if (returned.getSize() > 0) {
                code.add(new InsnNode(returned.getSize() == 2 ? POP2 : POP));
            }
            code.add(new InsnNode(RETURN));
            return true;
        }
        if (returned.equals(wanted)) {
            code.add(new InsnNode(returned.getOpcode(IRETURN)));
            return true;
        }
        if (isReference(returned) && isReference(wanted)) {
            if (!wanted.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(CHECKCAST, wanted.getInternalName()));
            }
            code.add(new InsnNode(ARETURN));
            return true;
        }
        return false;
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }
}
