"""The course's Hello client, in another gRPC implementation (Python grpcio, on gRPC's C core).

Generates its stubs from proto/hello.proto with grpc_tools.protoc, calls /Hello/SayHello once
and prints the answer's message. Usage: hello_client.py PROTO_DIR HOST:PORT NAME [CA_FILE]
With CA_FILE (GRPC_TLS_DIR/ca.crt) it talks TLS and checks the server against that CA; Hello
is public, so no client certificate is needed. Without it, plaintext (a server on GRPC_TLS=off).
"""
import os
import sys
import tempfile

from grpc_tools import protoc


def main() -> int:
    proto_dir, address, name = sys.argv[1:4]
    ca_file = sys.argv[4] if len(sys.argv) > 4 else None
    out = tempfile.mkdtemp(prefix="hello-py-")
    code = protoc.main(
        ["protoc", f"-I{proto_dir}", f"--python_out={out}", f"--grpc_python_out={out}",
         os.path.join(proto_dir, "hello.proto")]
    )
    if code != 0:
        print(f"protoc failed with {code}", file=sys.stderr)
        return 2
    sys.path.insert(0, out)
    import grpc
    import hello_pb2
    import hello_pb2_grpc

    if ca_file:
        with open(ca_file, "rb") as f:
            channel = grpc.secure_channel(address, grpc.ssl_channel_credentials(root_certificates=f.read()))
    else:
        channel = grpc.insecure_channel(address)
    with channel:
        stub = hello_pb2_grpc.HelloStub(channel)
        reply = stub.SayHello(hello_pb2.HelloRequest(name=name), timeout=10)
    print(reply.message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
