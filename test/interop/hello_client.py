"""The course's Hello client, in another gRPC implementation (Python grpcio, on gRPC's C core).

Generates its stubs from proto/hello.proto with grpc_tools.protoc, calls /Hello/SayHello once
and prints the answer's message. Usage: hello_client.py PROTO_DIR HOST:PORT NAME
"""
import os
import sys
import tempfile

from grpc_tools import protoc


def main() -> int:
    proto_dir, address, name = sys.argv[1:4]
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

    with grpc.insecure_channel(address) as channel:
        stub = hello_pb2_grpc.HelloStub(channel)
        reply = stub.SayHello(hello_pb2.HelloRequest(name=name), timeout=10)
    print(reply.message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
