import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DecimalInt } from '@nestmall/platform';
import { MAX_BODY_LENGTH } from '../../../domain/conversation.js';
import { MAX_MESSAGES_PER_READ } from '../../../application/read-conversations.js';

const MAX_ID = 2_147_483_647;

export class OpenConversationBody {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_ID, example: 1 })
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  order_id: number;
}

export class ConversationIdParams {
  @ApiProperty({ name: 'id', type: 'integer', format: 'int32', minimum: 1, example: 1 })
  @DecimalInt()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  id: number;
}

export class PostMessageBody {
  @ApiProperty({ minLength: 1, maxLength: MAX_BODY_LENGTH, example: 'Where is my parcel?' })
  @MaxLength(MAX_BODY_LENGTH)
  @IsString()
  body: string;
}

export class ReadBody {
  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 0,
    description: 'Every message up to this sequence is read',
    example: 3,
  })
  @Max(MAX_ID)
  @Min(0)
  @IsInt()
  seq: number;
}

export class AssignBody {
  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    description:
      'The support staff member to give it to (a supervisor: staff:manage). Absent, or your own ' +
      'id: you claim it',
    example: 4,
  })
  @IsOptional()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  staff_id?: number;
}

export class MessagesQuery {
  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 0,
    default: 0,
    description: 'The last sequence the client saw: the messages after it are answered',
  })
  @IsOptional()
  @DecimalInt()
  @Max(MAX_ID)
  @Min(0)
  @IsInt()
  after_seq?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_MESSAGES_PER_READ,
    default: MAX_MESSAGES_PER_READ,
  })
  @IsOptional()
  @DecimalInt()
  @Max(MAX_MESSAGES_PER_READ)
  @Min(1)
  @IsInt()
  limit?: number;
}

export class ConversationResponse {
  @ApiProperty({ example: 1 }) conversation_id: number;
  @ApiProperty({ example: 1 }) order_id: number;
  @ApiProperty({ example: 2 }) buyer_id: number;
  @ApiProperty({
    enum: ['OPEN', 'CLOSED'],
    description: "CLOSED: staff cannot write; the buyer's next message opens it again",
    example: 'OPEN',
  })
  status: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The support staff member who answers it (null: nobody yet)',
    example: 4,
  })
  assigned_staff_id: number | null;
  @ApiProperty({ type: 'string', nullable: true, example: null }) closed_at: string | null;
  @ApiProperty({ description: 'The sequence of its last message (0: none)', example: 3 })
  last_seq: number;
  @ApiProperty({ description: 'The buyer read every message up to it', example: 3 })
  buyer_read_seq: number;
  @ApiProperty({ description: 'The support staff read every message up to it', example: 2 })
  staff_read_seq: number;
  @ApiProperty({ example: '2026-11-30T12:00:00.000Z' }) created_at: string;
  @ApiProperty({ example: '2026-11-30T12:05:00.000Z' }) updated_at: string;
}

export class MessageResponse {
  @ApiProperty({ example: 1 }) conversation_id: number;
  @ApiProperty({ description: '1, 2, 3, ... in the conversation', example: 1 }) seq: number;
  @ApiProperty({ enum: ['buyer', 'staff'], example: 'buyer' }) sender_role: string;
  @ApiProperty({ description: 'The user id (buyer) or the staff id', example: 2 })
  sender_id: number;
  @ApiProperty({ example: 'Where is my parcel?' }) body: string;
  @ApiProperty({ example: '2026-11-30T12:00:00.000Z' }) sent_at: string;
}
